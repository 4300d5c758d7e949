package com.evently.ticketing.booking.adapter.in.scheduling;

import com.evently.ticketing.booking.application.CancellingEventBookings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs on every replica: cancels what the consumer of EventCancelled left (a crash, a lock it gave up on). Replicas
 * never collide, each batch skips the bookings another one holds.
 */
public final class EventCancellationSweep implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(EventCancellationSweep.class);

    private final CancellingEventBookings cancellingEventBookings;

    public EventCancellationSweep(CancellingEventBookings cancellingEventBookings) {
        this.cancellingEventBookings = cancellingEventBookings;
    }

    @Override
    public void run() {
        try {
            int cancelled = cancellingEventBookings.cancelAll();
            if (cancelled > 0) {
                log.info("Cancelled {} booking(s) of cancelled events", cancelled);
            }
        } catch (RuntimeException failure) {
            log.warn("Sweeping the bookings of cancelled events failed; next run retries", failure);
        }
    }
}
