package com.evently.ticketing.ticket.adapter.in.messaging;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.identity.SecurityEventRecorded;
import com.evently.ticketing.contracts.identity.UserRegistered;
import com.evently.ticketing.platform.inbox.IdempotentConsumer;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import com.evently.ticketing.platform.inbox.MalformedEventException;
import com.evently.ticketing.ticket.application.RecordingAccount;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/**
 * Learns which address each account signs in with, from identity's registrations and successful address changes
 * (both keyed by the account, so one account's announcements arrive in order): a transfer to such an address goes
 * straight to the account instead of being held for a claim.
 */
@Component
class IdentityEventsListener {

    static final String CONSUMER_NAME = "ticket-service.accounts";
    /** The action identity records when an account's owner changes its address; {@code email} is the new one. */
    static final String EMAIL_CHANGED = "EMAIL_CHANGED";

    private final IdempotentConsumer inbox;
    private final RecordingAccount recordingAccount;

    IdentityEventsListener(IdempotentConsumer inbox, RecordingAccount recordingAccount) {
        this.inbox = inbox;
        this.recordingAccount = recordingAccount;
    }

    @KafkaListener(topics = Topics.IDENTITY_EVENTS)
    void onIdentityEvent(ConsumerRecord<String, String> record) {
        String type = IncomingEvent.typeOf(record);
        if (EventTypes.USER_REGISTERED.equals(type)) {
            inbox.consume(CONSUMER_NAME, record, UserRegistered.class,
                    event -> record(event.payload().userId(), event.payload().email(), event.payload().occurredAt()));
        } else if (EventTypes.SECURITY_EVENT_RECORDED.equals(type)) {
            inbox.consume(CONSUMER_NAME, record, SecurityEventRecorded.class, event -> {
                SecurityEventRecorded recorded = event.payload();
                if (EMAIL_CHANGED.equals(recorded.action()) && SecurityEventRecorded.SUCCESS.equals(recorded.outcome())) {
                    record(recorded.subjectUserId(), recorded.email(), recorded.occurredAt());
                }
            });
        }
    }

    private void record(UUID userId, String email, Instant occurredAt) {
        if (userId == null || email == null || email.isBlank() || occurredAt == null) {
            throw new MalformedEventException("Account announcement without userId, email or occurredAt", null);
        }
        recordingAccount.record(userId, email, occurredAt);
    }
}
