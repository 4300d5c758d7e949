package com.evently.ticketing.booking.adapter.in.messaging;

import com.evently.ticketing.booking.application.MarkEventCancelledCommand;
import com.evently.ticketing.booking.domain.EventCancellation;
import com.evently.ticketing.contracts.catalog.EventCancelled;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import com.evently.ticketing.platform.inbox.MalformedEventException;

/** Contract → command. */
final class EventCancelledMapping {

    static MarkEventCancelledCommand toCommand(IncomingEvent<EventCancelled> event) {
        EventCancelled cancelled = event.payload();
        try {
            return new MarkEventCancelledCommand(
                    new EventCancellation(cancelled.eventId(), cancelled.reason(), cancelled.cancelledAt()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("EventCancelled " + event.id() + " breaks its contract: " + e.getMessage(), e);
        }
    }

    private EventCancelledMapping() {
    }
}
