package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.CountedBookings;
import com.evently.ticketing.analytics.application.port.out.EventStatistics;

/**
 * Counts a confirmed booking's seats towards its event, once per booking however often it is announced. The caller
 * runs it in one transaction (the consumer's inbox transaction), so marking the booking counted and adding its
 * seats commit together.
 */
public class RecordingConfirmedBooking {

    private final EventStatistics statistics;
    private final CountedBookings countedBookings;

    public RecordingConfirmedBooking(EventStatistics statistics, CountedBookings countedBookings) {
        this.statistics = statistics;
        this.countedBookings = countedBookings;
    }

    public void record(RecordConfirmedBookingCommand command) {
        if (countedBookings.markCounted(command.bookingId(), command.eventId(), command.seats())) {
            statistics.addConfirmedBooking(command.eventId(), command.seats());
        }
    }
}
