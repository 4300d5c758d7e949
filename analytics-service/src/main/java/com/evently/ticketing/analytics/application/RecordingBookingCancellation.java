package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.BookingFacts;
import com.evently.ticketing.analytics.application.port.out.BusinessMetrics;
import com.evently.ticketing.analytics.domain.BookingCancellation;

/**
 * Moves a cancelled booking's seats from confirmed to cancelled, once however often it is announced. Runs in the
 * consumer's inbox transaction.
 */
public class RecordingBookingCancellation {

    private final BookingFacts bookings;
    private final BusinessMetrics metrics;

    public RecordingBookingCancellation(BookingFacts bookings, BusinessMetrics metrics) {
        this.bookings = bookings;
        this.metrics = metrics;
    }

    public void record(BookingCancellation cancellation) {
        if (bookings.markCancelled(cancellation)) {
            metrics.cancellationRecorded(cancellation);
        }
    }
}
