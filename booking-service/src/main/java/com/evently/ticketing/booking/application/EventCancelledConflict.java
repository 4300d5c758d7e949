package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.EventCancellation;

/** A booking asked for seats of an event that was cancelled: nothing is sold for it any more. */
public final class EventCancelledConflict extends RuntimeException {

    private final EventCancellation cancellation;

    public EventCancelledConflict(EventCancellation cancellation) {
        super("Event " + cancellation.eventId() + " was cancelled; its seats are no longer sold");
        this.cancellation = cancellation;
    }

    public EventCancellation cancellation() {
        return cancellation;
    }
}
