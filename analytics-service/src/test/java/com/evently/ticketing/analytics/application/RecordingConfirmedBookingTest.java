package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.domain.BookingLine;
import com.evently.ticketing.analytics.domain.ConfirmedBooking;
import com.evently.ticketing.analytics.domain.SeatCounts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RecordingConfirmedBookingTest {

    private final UUID eventId = UUID.randomUUID();
    private final BookingLine line = new BookingLine(UUID.randomUUID(), UUID.randomUUID(), 1);
    private final InMemoryBookingFacts bookings = new InMemoryBookingFacts();
    private final CountingMetrics metrics = new CountingMetrics();
    private final InMemoryEventStatistics statistics = new InMemoryEventStatistics(bookings);
    private final RecordingConfirmedBooking recording = new RecordingConfirmedBooking(bookings, metrics);

    @Test
    void addsTheSeatsOfEachNewBookingToItsEvent() {
        recording.record(booking(2));
        recording.record(booking(3));

        assertThat(statistics.countsOf(eventId, null, null)).isEqualTo(new SeatCounts(5, 2, 0, 0));
    }

    @Test
    void bookingAnnouncedAgainIsCountedOnce() {
        ConfirmedBooking booking = booking(3);

        recording.record(booking);
        recording.record(booking);

        assertThat(statistics.countsOf(eventId, null, null)).isEqualTo(new SeatCounts(3, 1, 0, 0));
        assertThat(metrics.bookings).isEqualTo(1);
    }

    @Test
    void bookingOfAnEventNotListedYetIsCountedAnyway() {
        recording.record(booking(2));

        assertThat(statistics.listingOf(eventId)).isEmpty();
        assertThat(statistics.countsOf(eventId, null, null).confirmedSeats()).isEqualTo(2);
    }

    private ConfirmedBooking booking(int seats) {
        return new ConfirmedBooking(UUID.randomUUID(), UUID.randomUUID(), eventId,
                new BookingLine(line.sessionId(), line.ticketTypeId(), seats), null, Instant.now());
    }
}
