package com.evently.ticketing.booking.domain;

import com.evently.ticketing.platform.domain.InvalidInput;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An offer lapsed unaccepted and gave its seats back. Carries the event the offer was for, so that the user can be
 * told which one; {@code event} is null only when the catalog's snapshot of it is gone.
 */
public record WaitlistOfferExpiredEvent(WaitlistOffer offer, EventSnapshot event, Instant occurredAt) {

    public WaitlistOfferExpiredEvent {
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (offer.status() != OfferStatus.EXPIRED) {
            throw new InvalidInput("offer " + offer.id() + " is " + offer.status() + ", not EXPIRED");
        }
        if (event != null && !event.eventId().equals(offer.line().eventId())) {
            throw new InvalidInput("offer " + offer.id() + " is not for event " + event.eventId());
        }
    }

    public Optional<EventSnapshot.Session> session() {
        return Optional.ofNullable(event).flatMap(known -> known.session(offer.line().sessionId()));
    }

    public Optional<EventSnapshot.TicketType> ticketType() {
        return Optional.ofNullable(event).flatMap(known -> known.ticketType(offer.line().ticketTypeId()));
    }
}
