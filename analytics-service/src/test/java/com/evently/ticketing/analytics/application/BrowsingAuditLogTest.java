package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.domain.AuditAction;
import com.evently.ticketing.analytics.domain.AuditEntry;
import com.evently.ticketing.analytics.domain.AuditFilter;
import com.evently.ticketing.analytics.domain.AuditLogPage;
import com.evently.ticketing.analytics.domain.AuditOutcome;
import com.evently.ticketing.analytics.domain.SecurityEvent;
import com.evently.ticketing.platform.domain.Caller;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BrowsingAuditLogTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final BrowsingAuditLog browsing = new BrowsingAuditLog(auditLog);

    @Test
    void adminPagesThroughTheLogNewestFirst() {
        AuditEntry older = entry("USER_REGISTERED", T0);
        AuditEntry newer = entry("LOGIN_SUCCEEDED", T0.plusSeconds(60));
        auditLog.append(older);
        auditLog.append(newer);

        AuditLogPage page = browsing.browse(new AuditLogQuery(AuditFilter.everything(), 0, 20), TestCallers.admin());

        assertThat(page.entries()).containsExactly(newer, older);
        assertThat(page.totalEntries()).isEqualTo(2);
    }

    @Test
    void adminsFilterAndPageReachTheLogAsAsked() {
        AuditFilter loginFailures = new AuditFilter(new AuditAction("LOGIN_FAILED"), AuditOutcome.FAILURE,
                UUID.randomUUID(), "ana@example.com", T0, T0.plusSeconds(3600));

        browsing.browse(new AuditLogQuery(loginFailures, 2, 5), TestCallers.admin());

        assertThat(auditLog.searches()).containsExactly(new InMemoryAuditLog.Search(loginFailures, 2, 5));
    }

    @Test
    void organizerOrAttendeeIsNotPermittedAndNothingIsRead() {
        auditLog.append(entry("LOGIN_SUCCEEDED", T0));

        for (Caller caller : List.of(TestCallers.organizer(UUID.randomUUID()), TestCallers.attendee())) {
            assertThatThrownBy(() -> browsing.browse(new AuditLogQuery(AuditFilter.everything(), 0, 20), caller))
                    .isInstanceOf(AuditLogNotPermitted.class)
                    .hasMessage("The audit log is for admins only");
        }
        assertThat(auditLog.searches()).isEmpty();
    }

    private static AuditEntry entry(String action, Instant occurredAt) {
        UUID account = UUID.randomUUID();
        return new AuditEntry(UUID.randomUUID(), new SecurityEvent(new AuditAction(action), AuditOutcome.SUCCESS,
                account, account, "ana@example.com", "203.0.113.7", null, occurredAt), occurredAt.plusSeconds(1));
    }
}
