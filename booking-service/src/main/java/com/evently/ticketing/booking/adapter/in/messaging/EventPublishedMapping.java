package com.evently.ticketing.booking.adapter.in.messaging;

import com.evently.ticketing.booking.application.StockInventoryCommand;
import com.evently.ticketing.booking.domain.CancellationCutoff;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.Price;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import com.evently.ticketing.platform.inbox.MalformedEventException;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * Contract → command. A payload that breaks the contract can never be stocked: it goes straight to the DLT. Booking
 * terms the organizer left out (or a producer before contract 1.2 never sent) are null: booking's defaults apply.
 */
final class EventPublishedMapping {

    static StockInventoryCommand toCommand(IncomingEvent<EventPublished> event) {
        try {
            return new StockInventoryCommand(snapshotOf(event.payload()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("EventPublished " + event.id() + " breaks its contract: " + e.getMessage(), e);
        }
    }

    private static EventSnapshot snapshotOf(EventPublished published) {
        List<EventSnapshot.Session> sessions = published.sessions().stream()
                .map(session -> new EventSnapshot.Session(session.sessionId(), session.name(), session.startsAt(), session.endsAt()))
                .toList();
        List<EventSnapshot.TicketType> ticketTypes = published.ticketTypes().stream()
                .map(type -> new EventSnapshot.TicketType(type.ticketTypeId(), type.name(),
                        new Price(new BigDecimal(type.price().amount()), type.price().currency()), type.capacity(),
                        type.maxSeatsPerUser()))
                .toList();
        return new EventSnapshot(published.eventId(), published.organizerId(), published.title(), published.venue(),
                published.timeZone(), sessions, ticketTypes, published.publishedAt(),
                cancellationCutoff(published.cancellationCutoff()), published.waitlistOfferLifetime());
    }

    /** Null stays null (the default); a negative cut-off breaks the contract. */
    static CancellationCutoff cancellationCutoff(Duration beforeSessionStart) {
        return beforeSessionStart == null ? null : new CancellationCutoff(beforeSessionStart);
    }

    private EventPublishedMapping() {
    }
}
