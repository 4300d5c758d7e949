package com.evently.ticketing.analytics.application.port.in;

/** Counts a confirmed booking's seats towards its event, once per booking however often it is announced. */
public interface RecordConfirmedBooking {

    void recordConfirmedBooking(RecordConfirmedBookingCommand command);
}
