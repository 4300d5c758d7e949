package com.evently.ticketing.booking.adapter.in.messaging;

import com.evently.ticketing.booking.application.ExtendInventoryCommand;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.Price;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.contracts.catalog.SessionAdded;
import com.evently.ticketing.contracts.catalog.TicketTypeAdded;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import com.evently.ticketing.platform.inbox.MalformedEventException;

import java.math.BigDecimal;
import java.util.List;

/** Contracts → command. A payload that breaks its contract can never be applied: it goes straight to the DLT. */
final class StructureAddedMapping {

    static ExtendInventoryCommand toCommand(IncomingEvent<SessionAdded> event) {
        SessionAdded added = event.payload();
        try {
            return new ExtendInventoryCommand(added.eventId(), List.of(session(added.session())),
                    added.ticketTypes().stream().map(StructureAddedMapping::ticketType).toList());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("SessionAdded " + event.id() + " breaks its contract: " + e.getMessage(), e);
        }
    }

    static ExtendInventoryCommand ticketTypeCommand(IncomingEvent<TicketTypeAdded> event) {
        TicketTypeAdded added = event.payload();
        try {
            return new ExtendInventoryCommand(added.eventId(), List.of(), List.of(ticketType(added.ticketType())));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("TicketTypeAdded " + event.id() + " breaks its contract: " + e.getMessage(), e);
        }
    }

    private static EventSnapshot.Session session(EventPublished.Session session) {
        return new EventSnapshot.Session(session.sessionId(), session.name(), session.startsAt(), session.endsAt());
    }

    private static EventSnapshot.TicketType ticketType(EventPublished.TicketType type) {
        return new EventSnapshot.TicketType(type.ticketTypeId(), type.name(),
                new Price(new BigDecimal(type.price().amount()), type.price().currency()), type.capacity(),
                type.maxSeatsPerUser());
    }

    private StructureAddedMapping() {
    }
}
