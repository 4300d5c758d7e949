package com.evently.ticketing.analytics.adapter.in.messaging;

import com.evently.ticketing.analytics.application.RecordSecurityEventCommand;
import com.evently.ticketing.analytics.application.RecordingRegistration;
import com.evently.ticketing.analytics.application.RecordingSecurityEvent;
import com.evently.ticketing.analytics.domain.AuditAction;
import com.evently.ticketing.analytics.domain.AuditOutcome;
import com.evently.ticketing.analytics.domain.Registration;
import com.evently.ticketing.analytics.domain.SecurityEvent;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.identity.SecurityEventRecorded;
import com.evently.ticketing.contracts.identity.UserRegistered;
import com.evently.ticketing.platform.inbox.IdempotentConsumer;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import com.evently.ticketing.platform.inbox.MalformedEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Keeps identity's audit trail as the audit log, and new accounts for the dashboard. */
@Component
class IdentityEventsListener implements ProjectionFeed {

    private static final String CONSUMER = "analytics.audit-log";
    private static final String REGISTRATIONS = "analytics.registrations";

    private final IdempotentConsumer inbox;
    private final RecordingSecurityEvent recordingSecurityEvent;
    private final RecordingRegistration recordingRegistration;

    IdentityEventsListener(IdempotentConsumer inbox, RecordingSecurityEvent recordingSecurityEvent,
                           RecordingRegistration recordingRegistration) {
        this.inbox = inbox;
        this.recordingSecurityEvent = recordingSecurityEvent;
        this.recordingRegistration = recordingRegistration;
    }

    @KafkaListener(topics = Topics.IDENTITY_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        if (EventTypes.SECURITY_EVENT_RECORDED.equals(IncomingEvent.typeOf(record))) {
            inbox.consume(CONSUMER, record, SecurityEventRecorded.class,
                    event -> recordingSecurityEvent.record(toCommand(event.id(), event.payload())));
        } else if (EventTypes.USER_REGISTERED.equals(IncomingEvent.typeOf(record))) {
            inbox.consume(REGISTRATIONS, record, UserRegistered.class,
                    event -> apply(EventTypes.USER_REGISTERED, event.payload()));
        }
    }

    @Override
    public String topic() {
        return Topics.IDENTITY_EVENTS;
    }

    /** Registrations only: the audit log is kept as it came, not rebuilt. */
    @Override
    public Class<?> payloadType(String eventType) {
        return EventTypes.USER_REGISTERED.equals(eventType) ? UserRegistered.class : null;
    }

    @Override
    public void apply(String eventType, Object payload) {
        recordingRegistration.record(registration((UserRegistered) payload));
    }

    private static Registration registration(UserRegistered registered) {
        try {
            return new Registration(registered.userId(), registered.occurredAt());
        } catch (NullPointerException e) {
            throw new MalformedEventException("UserRegistered breaks its contract: " + e.getMessage(), e);
        }
    }

    /** A payload that breaks the contract will never become valid: straight to the dead-letter topic. */
    private static RecordSecurityEventCommand toCommand(UUID eventId, SecurityEventRecorded recorded) {
        try {
            return new RecordSecurityEventCommand(eventId, new SecurityEvent(
                    new AuditAction(recorded.action()),
                    AuditOutcome.valueOf(recorded.outcome()),
                    recorded.actorId(),
                    recorded.subjectUserId(),
                    recorded.email(),
                    recorded.clientAddress(),
                    recorded.detail(),
                    recorded.occurredAt()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("SecurityEventRecorded breaks its contract: " + e.getMessage(), e);
        }
    }
}
