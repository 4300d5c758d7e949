package com.evently.ticketing.booking.application.port.out;

/** Business counters for dashboards; called only for outcomes that were committed (or final rejections). */
public interface BookingMetrics {

    void bookingConfirmed(int seats);

    void soldOutRejected();
}
