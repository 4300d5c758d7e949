package com.evently.ticketing.booking.adapter.in.messaging;

import com.evently.ticketing.booking.application.ReviseEventDetailsCommand;
import com.evently.ticketing.booking.domain.EventRevision;
import com.evently.ticketing.contracts.catalog.EventUpdated;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import com.evently.ticketing.platform.inbox.MalformedEventException;

/**
 * Contract → command. The description is not kept: no booking or ticket shows it. The booking terms are, as sent: an
 * update carries the event's whole state, so a term left out returns to booking's default.
 */
final class EventUpdatedMapping {

    static ReviseEventDetailsCommand toCommand(IncomingEvent<EventUpdated> event) {
        EventUpdated updated = event.payload();
        try {
            return new ReviseEventDetailsCommand(new EventRevision(updated.eventId(), updated.title(), updated.venue(),
                    updated.timeZone(), updated.version(),
                    EventPublishedMapping.cancellationCutoff(updated.cancellationCutoff()),
                    updated.waitlistOfferLifetime()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("EventUpdated " + event.id() + " breaks its contract: " + e.getMessage(), e);
        }
    }

    private EventUpdatedMapping() {
    }
}
