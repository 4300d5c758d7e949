package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.BusinessMetrics;
import com.evently.ticketing.analytics.domain.BookingCancellation;
import com.evently.ticketing.analytics.domain.ConfirmedBooking;

/** {@link BusinessMetrics} as plain counts. */
final class CountingMetrics implements BusinessMetrics {

    int bookings;
    int changes;
    int cancellations;
    int checkIns;

    @Override
    public void bookingRecorded(ConfirmedBooking booking) {
        bookings++;
    }

    @Override
    public void bookingChanged() {
        changes++;
    }

    @Override
    public void cancellationRecorded(BookingCancellation cancellation) {
        cancellations++;
    }

    @Override
    public void checkInRecorded() {
        checkIns++;
    }
}
