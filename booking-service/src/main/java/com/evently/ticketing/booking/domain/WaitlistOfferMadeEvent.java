package com.evently.ticketing.booking.domain;

import com.evently.ticketing.platform.domain.InvalidInput;

import java.time.Instant;
import java.util.Objects;

/** Seats were put on hold for a waiting user; carries the event they are for, so that the offer can be described. */
public record WaitlistOfferMadeEvent(WaitlistOffer offer, EventSnapshot event, Instant occurredAt) {

    public WaitlistOfferMadeEvent {
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (!event.eventId().equals(offer.line().eventId())) {
            throw new InvalidInput("offer " + offer.id() + " is not for event " + event.eventId());
        }
    }

    public EventSnapshot.Session session() {
        return event.session(offer.line().sessionId()).orElseThrow();
    }

    public EventSnapshot.TicketType ticketType() {
        return event.ticketType(offer.line().ticketTypeId()).orElseThrow();
    }
}
