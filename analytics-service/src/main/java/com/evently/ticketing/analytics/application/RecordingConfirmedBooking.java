package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.BookingFacts;
import com.evently.ticketing.analytics.application.port.out.BusinessMetrics;
import com.evently.ticketing.analytics.domain.ConfirmedBooking;

/**
 * Counts a confirmed booking's seats towards its event and line, once per booking however often it is announced.
 * It runs in the consumer's inbox transaction, so the booking and the record of its delivery commit together.
 */
public class RecordingConfirmedBooking {

    private final BookingFacts bookings;
    private final BusinessMetrics metrics;

    public RecordingConfirmedBooking(BookingFacts bookings, BusinessMetrics metrics) {
        this.bookings = bookings;
        this.metrics = metrics;
    }

    public void record(ConfirmedBooking booking) {
        if (bookings.addConfirmed(booking)) {
            metrics.bookingRecorded(booking);
        }
    }
}
