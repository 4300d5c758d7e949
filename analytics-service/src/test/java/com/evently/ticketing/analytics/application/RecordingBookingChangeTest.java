package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.domain.BookingCancellation;
import com.evently.ticketing.analytics.domain.BookingLine;
import com.evently.ticketing.analytics.domain.BookingRevision;
import com.evently.ticketing.analytics.domain.CancellationCause;
import com.evently.ticketing.analytics.domain.ConfirmedBooking;
import com.evently.ticketing.analytics.domain.SeatCounts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RecordingBookingChangeTest {

    private final UUID eventId = UUID.randomUUID();
    private final UUID bookingId = UUID.randomUUID();
    private final UUID day1 = UUID.randomUUID();
    private final UUID day2 = UUID.randomUUID();
    private final UUID standard = UUID.randomUUID();
    private final InMemoryBookingFacts bookings = new InMemoryBookingFacts();
    private final CountingMetrics metrics = new CountingMetrics();
    private final InMemoryEventStatistics statistics = new InMemoryEventStatistics(bookings);
    private final RecordingBookingChange recording = new RecordingBookingChange(bookings, metrics);

    @Test
    void movesTheSeatsFromTheOldLineToTheNewOne() {
        confirm(new BookingLine(day1, standard, 2));

        recording.record(revision(1, new BookingLine(day2, standard, 3)));

        assertThat(line(day1)).isEqualTo(SeatCounts.NONE);
        assertThat(line(day2)).isEqualTo(new SeatCounts(3, 1, 0, 0));
        assertThat(statistics.countsOf(eventId, null, null)).isEqualTo(new SeatCounts(3, 1, 0, 0));
    }

    @Test
    void fewerSeatsAreNotACancellation() {
        confirm(new BookingLine(day1, standard, 4));

        recording.record(revision(1, new BookingLine(day1, standard, 1)));

        assertThat(line(day1)).isEqualTo(new SeatCounts(1, 1, 0, 0));
    }

    @Test
    void staleOrRepeatedRevisionChangesNothing() {
        confirm(new BookingLine(day1, standard, 2));
        recording.record(revision(2, new BookingLine(day2, standard, 5)));

        recording.record(revision(1, new BookingLine(day1, standard, 1)));
        recording.record(revision(2, new BookingLine(day1, standard, 9)));

        assertThat(line(day2)).isEqualTo(new SeatCounts(5, 1, 0, 0));
        assertThat(line(day1)).isEqualTo(SeatCounts.NONE);
        assertThat(metrics.changes).isEqualTo(1);
    }

    @Test
    void changeOfACancelledBookingChangesNothing() {
        confirm(new BookingLine(day1, standard, 2));
        bookings.markCancelled(new BookingCancellation(bookingId, UUID.randomUUID(), eventId, new BookingLine(day1, standard, 2),
                CancellationCause.BUYER, Instant.now()));

        recording.record(revision(1, new BookingLine(day2, standard, 3)));

        assertThat(line(day1)).isEqualTo(new SeatCounts(0, 0, 2, 1));
        assertThat(line(day2)).isEqualTo(SeatCounts.NONE);
    }

    @Test
    void changeOfABookingNotSeenYetCountsItAsItNowStands() {
        recording.record(revision(1, new BookingLine(day2, standard, 3)));
        confirm(new BookingLine(day1, standard, 2));

        assertThat(line(day2)).isEqualTo(new SeatCounts(3, 1, 0, 0));
        assertThat(line(day1)).isEqualTo(SeatCounts.NONE);
    }

    private void confirm(BookingLine line) {
        bookings.addConfirmed(new ConfirmedBooking(bookingId, UUID.randomUUID(), eventId, line, null, Instant.now()));
    }

    private BookingRevision revision(int revision, BookingLine line) {
        return new BookingRevision(bookingId, UUID.randomUUID(), eventId, revision, line, null, Instant.now());
    }

    private SeatCounts line(UUID sessionId) {
        return statistics.countsOf(eventId, sessionId, standard);
    }
}
