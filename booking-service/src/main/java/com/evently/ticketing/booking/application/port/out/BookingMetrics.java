package com.evently.ticketing.booking.application.port.out;

import com.evently.ticketing.booking.domain.CancellationCause;

/** Business counters for dashboards; called only for outcomes that were committed (or final rejections). */
public interface BookingMetrics {

    void bookingConfirmed(int seats);

    void soldOutRejected();

    /** An edit moved seats (not a replay, not a request for what the booking already was). */
    void bookingEdited();

    void bookingsCancelled(CancellationCause cause, int bookings);
}
