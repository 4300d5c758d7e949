package com.evently.ticketing.notification.adapter.in.messaging;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.identity.PasswordResetRequested;
import com.evently.ticketing.contracts.identity.UserProfileChanged;
import com.evently.ticketing.contracts.identity.UserRegistered;
import com.evently.ticketing.notification.application.QueueOutcome;
import com.evently.ticketing.notification.application.QueueingMail;
import com.evently.ticketing.notification.application.TrackingUsers;
import com.evently.ticketing.notification.domain.KnownUser;
import com.evently.ticketing.notification.domain.PasswordResetRequest;
import com.evently.ticketing.notification.domain.Recipient;
import com.evently.ticketing.notification.domain.ResetPage;
import com.evently.ticketing.notification.domain.ResetToken;
import com.evently.ticketing.notification.domain.WebUi;
import com.evently.ticketing.notification.domain.Welcome;
import com.evently.ticketing.platform.inbox.IdempotentConsumer;
import com.evently.ticketing.platform.inbox.InboxOutcome;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import com.evently.ticketing.platform.inbox.MalformedEventException;
import com.evently.ticketing.platform.security.FieldSealing;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;

import java.time.ZoneId;
import java.util.Locale;

/**
 * Keeps a copy of each user's address, name and mail language (UserRegistered, UserProfileChanged), queues the
 * welcome of a new account (written in its language: the copy is kept first, in the same transaction) and the reset
 * link when identity-service announces a password reset request; the other identity events are not mail-worthy. A
 * reset request carries the reset token sealed: it is opened here, handed to the mail and never logged, and failures
 * name the user, not the token. A token that does not open (altered, sealed for another user, under a key this
 * service lacks) goes to the dead-letter topic.
 */
public class IdentityEventsListener {

    /** The inbox name of this consumer: a redelivered event id is recognised and changes nothing. */
    static final String CONSUMER = "notification.password-reset";

    private static final Logger log = LoggerFactory.getLogger(IdentityEventsListener.class);

    private final IdempotentConsumer idempotentConsumer;
    private final QueueingMail queueingMail;
    private final TrackingUsers trackingUsers;
    private final FieldSealing sealing;
    private final ResetPage resetPage;
    private final ZoneId expiryShownIn;
    private final WebUi webUi;
    private final Locale language;

    /**
     * @param expiryShownIn the zone the mail states the link's expiry in
     * @param webUi         where a welcome mail invites the new user
     * @param language      the language of a mail to a recipient whose own is not known here
     */
    public IdentityEventsListener(IdempotentConsumer idempotentConsumer, QueueingMail queueingMail,
                                  TrackingUsers trackingUsers, FieldSealing sealing, ResetPage resetPage,
                                  ZoneId expiryShownIn, WebUi webUi, Locale language) {
        this.idempotentConsumer = idempotentConsumer;
        this.queueingMail = queueingMail;
        this.trackingUsers = trackingUsers;
        this.sealing = sealing;
        this.resetPage = resetPage;
        this.expiryShownIn = expiryShownIn;
        this.webUi = webUi;
        this.language = language;
    }

    @KafkaListener(topics = Topics.IDENTITY_EVENTS)
    public void on(ConsumerRecord<String, String> record) {
        String type = IncomingEvent.typeOf(record);
        if (EventTypes.USER_REGISTERED.equals(type)) {
            welcome(record);
            return;
        }
        if (EventTypes.USER_PROFILE_CHANGED.equals(type)) {
            profileChanged(record);
            return;
        }
        if (!EventTypes.PASSWORD_RESET_REQUESTED.equals(type)) {
            return;
        }
        InboxOutcome outcome = idempotentConsumer.consume(CONSUMER, record, PasswordResetRequested.class, event -> {
            QueueOutcome queued = queueingMail.queue(requestOf(event.payload()).notice(resetPage, expiryShownIn, language));
            log.info("Password reset mail for user {}: {} (event {})", event.payload().userId(), queued, event.id());
        });
        if (outcome == InboxOutcome.DUPLICATE) {
            log.debug("Ignored redelivered {} at {}-{}@{}", EventTypes.PASSWORD_RESET_REQUESTED, record.topic(),
                    record.partition(), record.offset());
        }
    }

    private void welcome(ConsumerRecord<String, String> record) {
        InboxOutcome outcome = idempotentConsumer.consume(CONSUMER, record, UserRegistered.class, event -> {
            UserRegistered registered = event.payload();
            if (registered.userId() == null || registered.email() == null || registered.occurredAt() == null) {
                throw new MalformedEventException(EventTypes.USER_REGISTERED
                        + " without userId, email or occurredAt, which its schema requires", null);
            }
            Welcome welcome;
            KnownUser user;
            try {
                Recipient account = new Recipient(registered.email(), registered.name());
                welcome = new Welcome(registered.userId(), account);
                user = new KnownUser(registered.userId(), account, languageOf(registered.language()),
                        registered.occurredAt());
            } catch (IllegalArgumentException e) {
                throw new MalformedEventException("Unusable " + EventTypes.USER_REGISTERED + " for user "
                        + registered.userId() + ": " + e.getMessage(), e);
            }
            trackingUsers.announced(user);
            QueueOutcome queued = queueingMail.queue(welcome.notice(webUi, language));
            log.info("Welcome mail for user {}: {} (event {})", registered.userId(), queued, event.id());
        });
        if (outcome == InboxOutcome.DUPLICATE) {
            log.debug("Ignored redelivered {} at {}-{}@{}", EventTypes.USER_REGISTERED, record.topic(),
                    record.partition(), record.offset());
        }
    }

    private void profileChanged(ConsumerRecord<String, String> record) {
        InboxOutcome outcome = idempotentConsumer.consume(CONSUMER, record, UserProfileChanged.class, event -> {
            UserProfileChanged changed = event.payload();
            if (changed.userId() == null || changed.email() == null || changed.occurredAt() == null) {
                throw new MalformedEventException(EventTypes.USER_PROFILE_CHANGED
                        + " without userId, email or occurredAt, which its schema requires", null);
            }
            try {
                trackingUsers.announced(new KnownUser(changed.userId(),
                        new Recipient(changed.email(), changed.name()), languageOf(changed.language()),
                        changed.occurredAt()));
            } catch (IllegalArgumentException e) {
                throw new MalformedEventException("Unusable " + EventTypes.USER_PROFILE_CHANGED + " for user "
                        + changed.userId() + ": " + e.getMessage(), e);
            }
            log.info("Profile of user {} updated (event {})", changed.userId(), event.id());
        });
        if (outcome == InboxOutcome.DUPLICATE) {
            log.debug("Ignored redelivered {} at {}-{}@{}", EventTypes.USER_PROFILE_CHANGED, record.topic(),
                    record.partition(), record.offset());
        }
    }

    /** A language code as identity writes it (ISO 639-1); absent means not known. */
    private static Locale languageOf(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (!code.matches("[a-z]{2}")) {
            throw new IllegalArgumentException("not a language code: '" + code + "'");
        }
        return Locale.forLanguageTag(code);
    }

    private PasswordResetRequest requestOf(PasswordResetRequested requested) {
        // the same payload fails the same way on every retry: straight to the dead-letter topic
        if (requested.userId() == null || requested.email() == null || requested.sealedToken() == null
                || requested.expiresAt() == null) {
            throw new MalformedEventException(EventTypes.PASSWORD_RESET_REQUESTED
                    + " without userId, email, sealedToken or expiresAt, which its schema requires", null);
        }
        try {
            String token = sealing.open(requested.sealedToken(),
                    PasswordResetRequested.sealingContext(requested.userId()));
            return new PasswordResetRequest(requested.userId(), new Recipient(requested.email(), requested.name()),
                    new ResetToken(token), requested.expiresAt());
        } catch (IllegalArgumentException e) {
            // neither the domain's messages nor the sealing's quote the token
            throw new MalformedEventException("Unusable " + EventTypes.PASSWORD_RESET_REQUESTED + " for user "
                    + requested.userId() + ": " + e.getMessage(), e);
        }
    }
}
