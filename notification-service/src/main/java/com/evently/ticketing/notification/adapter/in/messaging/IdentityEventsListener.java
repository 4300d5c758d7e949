package com.evently.ticketing.notification.adapter.in.messaging;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.identity.PasswordResetRequested;
import com.evently.ticketing.notification.application.QueueOutcome;
import com.evently.ticketing.notification.application.QueueingPasswordResetMail;
import com.evently.ticketing.notification.domain.PasswordResetRequest;
import com.evently.ticketing.notification.domain.Recipient;
import com.evently.ticketing.notification.domain.ResetToken;
import com.evently.ticketing.platform.inbox.IdempotentConsumer;
import com.evently.ticketing.platform.inbox.InboxOutcome;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import com.evently.ticketing.platform.inbox.MalformedEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Queues the reset link when identity-service announces a password reset request; the other identity events
 * are not mail-worthy. The payload carries the reset token: it is handed to the mail and never logged, and
 * failures name the user, not the token.
 */
public class IdentityEventsListener {

    /** The inbox name of this consumer: a redelivered event id is recognised and changes nothing. */
    static final String CONSUMER = "notification.password-reset";

    private static final Logger log = LoggerFactory.getLogger(IdentityEventsListener.class);

    private final IdempotentConsumer idempotentConsumer;
    private final QueueingPasswordResetMail queueingPasswordResetMail;

    public IdentityEventsListener(IdempotentConsumer idempotentConsumer,
                                  QueueingPasswordResetMail queueingPasswordResetMail) {
        this.idempotentConsumer = idempotentConsumer;
        this.queueingPasswordResetMail = queueingPasswordResetMail;
    }

    @KafkaListener(topics = Topics.IDENTITY_EVENTS)
    public void on(ConsumerRecord<String, String> record) {
        if (!EventTypes.PASSWORD_RESET_REQUESTED.equals(IncomingEvent.typeOf(record))) {
            return;
        }
        InboxOutcome outcome = idempotentConsumer.consume(CONSUMER, record, PasswordResetRequested.class, event -> {
            QueueOutcome queued = queueingPasswordResetMail.queue(requestOf(event.payload()));
            log.info("Password reset mail for user {}: {} (event {})", event.payload().userId(), queued, event.id());
        });
        if (outcome == InboxOutcome.DUPLICATE) {
            log.debug("Ignored redelivered {} at {}-{}@{}", EventTypes.PASSWORD_RESET_REQUESTED, record.topic(),
                    record.partition(), record.offset());
        }
    }

    private static PasswordResetRequest requestOf(PasswordResetRequested requested) {
        // the same payload fails the same way on every retry: straight to the dead-letter topic
        if (requested.userId() == null || requested.email() == null || requested.resetToken() == null
                || requested.expiresAt() == null) {
            throw new MalformedEventException(EventTypes.PASSWORD_RESET_REQUESTED
                    + " without userId, email, resetToken or expiresAt, which its schema requires", null);
        }
        try {
            return new PasswordResetRequest(requested.userId(), new Recipient(requested.email(), requested.name()),
                    new ResetToken(requested.resetToken()), requested.expiresAt());
        } catch (IllegalArgumentException e) {
            // the domain's messages never quote the token
            throw new MalformedEventException("Unusable " + EventTypes.PASSWORD_RESET_REQUESTED + " for user "
                    + requested.userId() + ": " + e.getMessage(), e);
        }
    }
}
