package com.evently.ticketing.event.adapter.out.messaging;

import com.evently.ticketing.contracts.Money;
import com.evently.ticketing.contracts.catalog.CapacityChanged;
import com.evently.ticketing.contracts.catalog.EventCancelled;
import com.evently.ticketing.contracts.catalog.EventCompleted;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.contracts.catalog.EventUpdated;
import com.evently.ticketing.contracts.catalog.SessionAdded;
import com.evently.ticketing.contracts.catalog.TicketTypeAdded;
import com.evently.ticketing.contracts.catalog.TicketTypeRetired;
import com.evently.ticketing.event.domain.EventCalledOff;
import com.evently.ticketing.event.domain.EventDetails;
import com.evently.ticketing.event.domain.EventEnded;
import com.evently.ticketing.event.domain.EventRevised;
import com.evently.ticketing.event.domain.EventWentOnSale;
import com.evently.ticketing.event.domain.Session;
import com.evently.ticketing.event.domain.SessionScheduled;
import com.evently.ticketing.event.domain.TicketType;
import com.evently.ticketing.event.domain.TicketTypeOffered;
import com.evently.ticketing.event.domain.TicketTypeResized;
import com.evently.ticketing.event.domain.TicketTypeWithdrawn;

import java.time.Duration;
import java.util.List;

/**
 * Maps the domain's announcements onto the published {@code catalog.*.v1} contracts, which carry other names
 * (EventRevised becomes EventUpdated, EventCalledOff EventCancelled, …). Booking terms the organizer left
 * open travel as null, and booking-service applies its own defaults.
 */
final class CatalogContracts {

    static EventPublished published(EventWentOnSale published) {
        return new EventPublished(
                published.eventId(),
                published.organizerId(),
                published.details().title(),
                published.details().venue(),
                published.details().timeZone().getId(),
                published.sessions().stream().map(CatalogContracts::session).toList(),
                published.ticketTypes().stream().map(CatalogContracts::ticketType).toList(),
                published.publishedAt(),
                reminderLeads(published.details()),
                published.details().bookingTerms().cancellationCutoff(),
                published.details().bookingTerms().waitlistOfferLifetime());
    }

    static EventUpdated updated(EventRevised updated) {
        return new EventUpdated(
                updated.eventId(),
                updated.organizerId(),
                updated.details().title(),
                updated.details().description(),
                updated.details().venue(),
                updated.details().timeZone().getId(),
                updated.version(),
                updated.updatedAt(),
                reminderLeads(updated.details()),
                updated.details().bookingTerms().cancellationCutoff(),
                updated.details().bookingTerms().waitlistOfferLifetime());
    }

    static EventCancelled cancelled(EventCalledOff cancelled) {
        return new EventCancelled(cancelled.eventId(), cancelled.organizerId(), cancelled.reason(),
                cancelled.cancelledAt());
    }

    static EventCompleted completed(EventEnded completed) {
        return new EventCompleted(completed.eventId(), completed.organizerId(), completed.completedAt());
    }

    static CapacityChanged capacityChanged(TicketTypeResized changed) {
        return new CapacityChanged(changed.eventId(), changed.organizerId(), changed.ticketTypeId(), changed.capacity(),
                changed.changeId(), changed.changedAt());
    }

    static SessionAdded sessionAdded(SessionScheduled added) {
        return new SessionAdded(added.eventId(), added.organizerId(), session(added.session()),
                added.ticketTypes().stream().map(CatalogContracts::ticketType).toList(), added.addedAt());
    }

    static TicketTypeAdded ticketTypeAdded(TicketTypeOffered added) {
        return new TicketTypeAdded(added.eventId(), added.organizerId(), ticketType(added.ticketType()),
                added.sessionIds(), added.addedAt());
    }

    static TicketTypeRetired ticketTypeRetired(TicketTypeWithdrawn retired) {
        return new TicketTypeRetired(retired.eventId(), retired.organizerId(), retired.ticketTypeId(),
                retired.retiredAt());
    }

    /** Null when the organizer chose none: consumers then apply their own default. */
    private static List<Duration> reminderLeads(EventDetails details) {
        return details.reminderLeads() == null ? null : details.reminderLeads().leads();
    }

    private static EventPublished.Session session(Session session) {
        return new EventPublished.Session(session.id(), session.name(), session.startsAt(), session.endsAt());
    }

    private static EventPublished.TicketType ticketType(TicketType ticketType) {
        Money price = new Money(ticketType.price().amount().toPlainString(),
                ticketType.price().currency().getCurrencyCode());
        return new EventPublished.TicketType(ticketType.id(), ticketType.name(), price, ticketType.capacity(),
                ticketType.maxSeatsPerUser());
    }

    private CatalogContracts() {
    }
}
