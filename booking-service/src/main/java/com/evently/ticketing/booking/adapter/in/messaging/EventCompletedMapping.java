package com.evently.ticketing.booking.adapter.in.messaging;

import com.evently.ticketing.booking.application.MarkEventCompletedCommand;
import com.evently.ticketing.booking.domain.EventCompletion;
import com.evently.ticketing.contracts.catalog.EventCompleted;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import com.evently.ticketing.platform.inbox.MalformedEventException;

/** Contract → command. */
final class EventCompletedMapping {

    static MarkEventCompletedCommand toCommand(IncomingEvent<EventCompleted> event) {
        EventCompleted completed = event.payload();
        try {
            return new MarkEventCompletedCommand(new EventCompletion(completed.eventId(), completed.completedAt()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("EventCompleted " + event.id() + " breaks its contract: " + e.getMessage(), e);
        }
    }

    private EventCompletedMapping() {
    }
}
