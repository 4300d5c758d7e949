package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.domain.AuditAction;
import com.evently.ticketing.analytics.domain.AuditEntry;
import com.evently.ticketing.analytics.domain.AuditOutcome;
import com.evently.ticketing.analytics.domain.SecurityEvent;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RecordingSecurityEventTest {

    private static final Instant OCCURRED = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant RECEIVED = Instant.parse("2026-03-01T10:00:05Z");

    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final RecordingSecurityEvent recording =
            new RecordingSecurityEvent(auditLog, Clock.fixed(RECEIVED, ZoneOffset.UTC));

    @Test
    void keepsTheEventUnderItsAnnouncingIdWithTheTimeItArrived() {
        UUID announcingEventId = UUID.randomUUID();
        SecurityEvent loginFailed = loginFailed();

        recording.record(new RecordSecurityEventCommand(announcingEventId, loginFailed));

        assertThat(auditLog.entries()).containsExactly(new AuditEntry(announcingEventId, loginFailed, RECEIVED));
    }

    @Test
    void redeliveredEventIsKeptOnce() {
        RecordSecurityEventCommand command = new RecordSecurityEventCommand(UUID.randomUUID(), loginFailed());

        recording.record(command);
        recording.record(command);

        assertThat(auditLog.entries()).hasSize(1);
    }

    private static SecurityEvent loginFailed() {
        return new SecurityEvent(new AuditAction("LOGIN_FAILED"), AuditOutcome.FAILURE, null, UUID.randomUUID(),
                "ana@example.com", "203.0.113.7", "login failed", OCCURRED);
    }
}
