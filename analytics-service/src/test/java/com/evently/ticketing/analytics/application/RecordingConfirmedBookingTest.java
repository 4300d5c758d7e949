package com.evently.ticketing.analytics.application;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RecordingConfirmedBookingTest {

    private final UUID eventId = UUID.randomUUID();
    private final InMemoryEventStatistics statistics = new InMemoryEventStatistics();
    private final RecordingConfirmedBooking recording =
            new RecordingConfirmedBooking(statistics, new InMemoryCountedBookings());

    @Test
    void addsTheSeatsOfEachNewBookingToItsEvent() {
        recording.record(new RecordConfirmedBookingCommand(UUID.randomUUID(), eventId, 2));
        recording.record(new RecordConfirmedBookingCommand(UUID.randomUUID(), eventId, 3));

        assertThat(statistics.confirmedSeatsOf(eventId)).isEqualTo(5);
        assertThat(statistics.confirmedBookingsOf(eventId)).isEqualTo(2);
    }

    @Test
    void bookingAnnouncedAgainIsCountedOnce() {
        RecordConfirmedBookingCommand booking = new RecordConfirmedBookingCommand(UUID.randomUUID(), eventId, 3);

        recording.record(booking);
        recording.record(booking);

        assertThat(statistics.confirmedSeatsOf(eventId)).isEqualTo(3);
        assertThat(statistics.confirmedBookingsOf(eventId)).isEqualTo(1);
    }

    @Test
    void bookingOfAnEventNotListedYetIsCountedAnyway() {
        recording.record(new RecordConfirmedBookingCommand(UUID.randomUUID(), eventId, 2));

        assertThat(statistics.listingOf(eventId)).isEmpty();
        assertThat(statistics.confirmedSeatsOf(eventId)).isEqualTo(2);
    }
}
