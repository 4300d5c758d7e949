package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.EventCompletion;

/** Seats were asked of an event that is over: its bookings stand, but nothing more is sold or moved. */
public final class EventCompletedConflict extends RuntimeException {

    private final EventCompletion completion;

    public EventCompletedConflict(EventCompletion completion) {
        super("Event " + completion.eventId() + " is completed; its seats are no longer sold");
        this.completion = completion;
    }

    public EventCompletion completion() {
        return completion;
    }
}
