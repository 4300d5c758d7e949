package com.evently.ticketing.booking.application.port.in;

/** Stops all sales of a cancelled event; the seats sold before stay sold. */
public interface MarkEventCancelled {

    /**
     * Safe to repeat: the first cancellation notice stays. Also remembers the cancellation of an event booking has
     * not received yet, so that it never goes on sale here.
     */
    void markCancelled(MarkEventCancelledCommand command);
}
