package com.evently.ticketing.analytics.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecurityEventTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void keepsAnActionItDoesNotKnowYet() {
        assertThat(new AuditAction("API_KEY_CREATED").name()).isEqualTo("API_KEY_CREATED");
    }

    @Test
    void refusesAnActionThatIsNotAnUpperCaseWord() {
        for (String action : new String[] {"login_failed", "LOGIN FAILED", "_LOGIN", "", "A".repeat(65)}) {
            assertThatThrownBy(() -> new AuditAction(action)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void blankDetailsAreUnknownRatherThanEmpty() {
        SecurityEvent event = new SecurityEvent(new AuditAction("LOGOUT"), AuditOutcome.SUCCESS, UUID.randomUUID(),
                null, " ", "", null, NOW);

        assertThat(event.email()).isNull();
        assertThat(event.clientAddress()).isNull();
    }

    @Test
    void refusesValuesLongerThanTheContractAllows() {
        assertThatThrownBy(() -> new SecurityEvent(new AuditAction("LOGIN_FAILED"), AuditOutcome.FAILURE, null, null,
                "a".repeat(321), null, null, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecurityEvent(new AuditAction("LOGIN_FAILED"), AuditOutcome.FAILURE, null, null,
                null, null, "d".repeat(1001), NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTimeRangeMustNotEndBeforeItStarts() {
        assertThatThrownBy(() -> new AuditFilter(null, null, null, null, NOW, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new AuditFilter(null, null, null, " ana@example.com ", NOW, NOW.plusSeconds(1)).email())
                .isEqualTo("ana@example.com");
    }
}
