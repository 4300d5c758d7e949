package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.domain.BookingCancellation;
import com.evently.ticketing.analytics.domain.BookingLine;
import com.evently.ticketing.analytics.domain.CancellationCause;
import com.evently.ticketing.analytics.domain.ConfirmedBooking;
import com.evently.ticketing.analytics.domain.SeatCounts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RecordingBookingCancellationTest {

    private final UUID eventId = UUID.randomUUID();
    private final UUID bookingId = UUID.randomUUID();
    private final BookingLine line = new BookingLine(UUID.randomUUID(), UUID.randomUUID(), 3);
    private final InMemoryBookingFacts bookings = new InMemoryBookingFacts();
    private final CountingMetrics metrics = new CountingMetrics();
    private final InMemoryEventStatistics statistics = new InMemoryEventStatistics(bookings);
    private final RecordingBookingCancellation recording = new RecordingBookingCancellation(bookings, metrics);

    @Test
    void movesTheSeatsFromConfirmedToCancelled() {
        bookings.addConfirmed(new ConfirmedBooking(bookingId, UUID.randomUUID(), eventId, line, null, Instant.now()));

        recording.record(cancellation(CancellationCause.BUYER));

        assertThat(statistics.countsOf(eventId, null, null)).isEqualTo(new SeatCounts(0, 0, 3, 1));
    }

    @Test
    void cancellationAnnouncedAgainIsCountedOnce() {
        bookings.addConfirmed(new ConfirmedBooking(bookingId, UUID.randomUUID(), eventId, line, null, Instant.now()));

        recording.record(cancellation(CancellationCause.ADMIN));
        recording.record(cancellation(CancellationCause.EVENT_CANCELLED));

        assertThat(statistics.countsOf(eventId, null, null)).isEqualTo(new SeatCounts(0, 0, 3, 1));
        assertThat(metrics.cancellations).isEqualTo(1);
    }

    @Test
    void confirmationArrivingAfterTheCancellationDoesNotRevive() {
        recording.record(cancellation(CancellationCause.BUYER));

        bookings.addConfirmed(new ConfirmedBooking(bookingId, UUID.randomUUID(), eventId, line, null, Instant.now()));

        assertThat(statistics.countsOf(eventId, null, null)).isEqualTo(new SeatCounts(0, 0, 3, 1));
    }

    private BookingCancellation cancellation(CancellationCause cause) {
        return new BookingCancellation(bookingId, UUID.randomUUID(), eventId, line, cause, Instant.now());
    }
}
