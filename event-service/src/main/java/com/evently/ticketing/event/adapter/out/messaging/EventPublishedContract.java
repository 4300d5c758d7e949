package com.evently.ticketing.event.adapter.out.messaging;

import com.evently.ticketing.contracts.Money;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.event.domain.Session;
import com.evently.ticketing.event.domain.TicketType;

/** Maps the domain's announcement onto the published contract {@code catalog.EventPublished.v1}. */
final class EventPublishedContract {

    static EventPublished from(com.evently.ticketing.event.domain.EventPublished published) {
        return new EventPublished(
                published.eventId(),
                published.organizerId(),
                published.details().title(),
                published.details().venue(),
                published.details().timeZone().getId(),
                published.sessions().stream().map(EventPublishedContract::session).toList(),
                published.ticketTypes().stream().map(EventPublishedContract::ticketType).toList(),
                published.publishedAt());
    }

    private static EventPublished.Session session(Session session) {
        return new EventPublished.Session(session.id(), session.name(), session.startsAt(), session.endsAt());
    }

    private static EventPublished.TicketType ticketType(TicketType ticketType) {
        Money price = new Money(ticketType.price().amount().toPlainString(),
                ticketType.price().currency().getCurrencyCode());
        return new EventPublished.TicketType(ticketType.id(), ticketType.name(), price, ticketType.capacity());
    }

    private EventPublishedContract() {
    }
}
