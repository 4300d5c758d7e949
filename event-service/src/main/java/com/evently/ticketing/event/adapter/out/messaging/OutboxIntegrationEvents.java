package com.evently.ticketing.event.adapter.out.messaging;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.event.application.port.out.IntegrationEvents;
import com.evently.ticketing.event.domain.EventAnnouncement;
import com.evently.ticketing.event.domain.EventCalledOff;
import com.evently.ticketing.event.domain.EventEnded;
import com.evently.ticketing.event.domain.EventRevised;
import com.evently.ticketing.event.domain.EventWentOnSale;
import com.evently.ticketing.event.domain.SessionScheduled;
import com.evently.ticketing.event.domain.TicketTypeOffered;
import com.evently.ticketing.event.domain.TicketTypeResized;
import com.evently.ticketing.event.domain.TicketTypeWithdrawn;
import com.evently.ticketing.platform.outbox.OutboxWriter;
import org.springframework.stereotype.Component;

/** Announces catalog changes through the platform outbox, keyed by event id to keep each event's order. */
@Component
class OutboxIntegrationEvents implements IntegrationEvents {

    private final OutboxWriter.AggregateOutbox events;

    OutboxIntegrationEvents(OutboxWriter outbox) {
        this.events = outbox.forAggregate("Event");
    }

    @Override
    public void announce(EventAnnouncement event) {
        switch (event) {
            case EventWentOnSale onSale -> append(EventTypes.EVENT_PUBLISHED, event, CatalogContracts.published(onSale));
            case EventRevised updated -> append(EventTypes.EVENT_UPDATED, event, CatalogContracts.updated(updated));
            case EventCalledOff cancelled -> append(EventTypes.EVENT_CANCELLED, event, CatalogContracts.cancelled(cancelled));
            case EventEnded completed -> append(EventTypes.EVENT_COMPLETED, event, CatalogContracts.completed(completed));
            case SessionScheduled added -> append(EventTypes.SESSION_ADDED, event, CatalogContracts.sessionAdded(added));
            case TicketTypeOffered added ->
                    append(EventTypes.TICKET_TYPE_ADDED, event, CatalogContracts.ticketTypeAdded(added));
            case TicketTypeWithdrawn retired ->
                    append(EventTypes.TICKET_TYPE_RETIRED, event, CatalogContracts.ticketTypeRetired(retired));
            case TicketTypeResized changed ->
                    append(EventTypes.CAPACITY_CHANGED, event, CatalogContracts.capacityChanged(changed));
        }
    }

    private void append(String eventType, EventAnnouncement event, Object contract) {
        events.append(eventType, event.eventId(), contract);
    }
}
