package com.evently.ticketing.booking.domain;

import com.evently.ticketing.platform.domain.InvalidInput;

import java.time.Instant;
import java.util.Objects;

/** A user took up an offer: its seats are now those of booking {@code offer.bookingId()}. */
public record WaitlistOfferAcceptedEvent(WaitlistOffer offer, Instant occurredAt) {

    public WaitlistOfferAcceptedEvent {
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (offer.status() != OfferStatus.ACCEPTED) {
            throw new InvalidInput("offer " + offer.id() + " is " + offer.status() + ", not ACCEPTED");
        }
    }
}
