package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.BookingFacts;
import com.evently.ticketing.analytics.application.port.out.BusinessMetrics;
import com.evently.ticketing.analytics.domain.BookingRevision;

/**
 * Moves an edited booking's seats to its new line and quantity: the old line loses what it held, the new one gains
 * what it holds now. A stale or repeated revision, or one of a cancelled booking, changes nothing. Runs in the
 * consumer's inbox transaction.
 */
public class RecordingBookingChange {

    private final BookingFacts bookings;
    private final BusinessMetrics metrics;

    public RecordingBookingChange(BookingFacts bookings, BusinessMetrics metrics) {
        this.bookings = bookings;
        this.metrics = metrics;
    }

    public void record(BookingRevision revision) {
        if (bookings.applyRevision(revision)) {
            metrics.bookingChanged();
        }
    }
}
