package com.evently.ticketing.analytics.application.port.out;

import com.evently.ticketing.analytics.domain.BookingCancellation;
import com.evently.ticketing.analytics.domain.ConfirmedBooking;

/**
 * Business counters for operators' dashboards, told of each fact the first time it is recorded (never for a
 * redelivery); an implementation counts only once the recording transaction committed.
 */
public interface BusinessMetrics {

    void bookingRecorded(ConfirmedBooking booking);

    void bookingChanged();

    void cancellationRecorded(BookingCancellation cancellation);

    /** A ticket admitted for the first time. */
    void checkInRecorded();
}
