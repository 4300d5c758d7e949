package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.domain.CheckIn;
import com.evently.ticketing.analytics.domain.UndoneCheckIn;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RecordingCheckInTest {

    private final InMemoryTicketFacts tickets = new InMemoryTicketFacts();
    private final CountingMetrics metrics = new CountingMetrics();
    private final RecordingCheckIn recording = new RecordingCheckIn(tickets, metrics);
    private final UUID bookingId = UUID.randomUUID();

    @Test
    void eachTicketsFirstAdmissionCountsOnce() {
        UUID ticketId = UUID.randomUUID();
        Instant scanned = Instant.parse("2027-03-01T18:00:00Z");

        recording.record(checkIn(ticketId, scanned));
        recording.record(checkIn(ticketId, scanned.plusSeconds(30)));
        recording.record(checkIn(UUID.randomUUID(), scanned));

        assertThat(tickets.checkIns).hasSize(2);
        assertThat(tickets.checkIns.get(ticketId).checkedInAt()).isEqualTo(scanned);
        assertThat(metrics.checkIns).isEqualTo(2);
    }

    @Test
    void anUndoneAdmissionIsForgottenSoThatTheNextOneCounts() {
        UUID ticketId = UUID.randomUUID();
        Instant scanned = Instant.parse("2027-03-01T18:00:00Z");
        recording.record(checkIn(ticketId, scanned));

        recording.undo(new UndoneCheckIn(ticketId));
        assertThat(tickets.checkIns).isEmpty();
        recording.record(checkIn(ticketId, scanned.plusSeconds(60)));

        assertThat(tickets.checkIns.get(ticketId).checkedInAt()).isEqualTo(scanned.plusSeconds(60));
        assertThat(metrics.checkIns).isEqualTo(2);
    }

    private CheckIn checkIn(UUID ticketId, Instant at) {
        return new CheckIn(ticketId, bookingId, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), at);
    }
}
