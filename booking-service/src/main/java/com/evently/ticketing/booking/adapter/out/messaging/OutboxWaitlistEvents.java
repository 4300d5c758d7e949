package com.evently.ticketing.booking.adapter.out.messaging;

import com.evently.ticketing.booking.application.port.out.WaitlistEvents;
import com.evently.ticketing.booking.domain.WaitlistOffer;
import com.evently.ticketing.booking.domain.WaitlistOfferAcceptedEvent;
import com.evently.ticketing.booking.domain.WaitlistOfferExpiredEvent;
import com.evently.ticketing.booking.domain.WaitlistOfferMadeEvent;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.contracts.booking.WaitlistOfferAccepted;
import com.evently.ticketing.contracts.booking.WaitlistOfferExpired;
import com.evently.ticketing.contracts.booking.WaitlistOfferMade;
import com.evently.ticketing.platform.outbox.OutboxWriter;
import org.springframework.stereotype.Component;

/**
 * Waiting-list offers made, accepted and expired → WaitlistOfferMade, WaitlistOfferAccepted, WaitlistOfferExpired, in
 * the outbox of the current transaction, keyed by offer id (so an offer's announcements stay in order).
 */
@Component
class OutboxWaitlistEvents implements WaitlistEvents {

    private final OutboxWriter.AggregateOutbox offers;

    OutboxWaitlistEvents(OutboxWriter outbox) {
        this.offers = outbox.forAggregate("WaitlistOffer");
    }

    @Override
    public void offerMade(WaitlistOfferMadeEvent event) {
        offers.append(EventTypes.WAITLIST_OFFER_MADE, event.offer().id(), contractOf(event));
    }

    @Override
    public void offerAccepted(WaitlistOfferAcceptedEvent event) {
        WaitlistOffer offer = event.offer();
        offers.append(EventTypes.WAITLIST_OFFER_ACCEPTED, offer.id(), new WaitlistOfferAccepted(
                offer.id(),
                offer.buyer().userId(),
                offer.bookingId().value(),
                offer.line().eventId(),
                offer.line().sessionId(),
                offer.line().ticketTypeId(),
                offer.quantity(),
                event.occurredAt()));
    }

    @Override
    public void offerExpired(WaitlistOfferExpiredEvent event) {
        WaitlistOffer offer = event.offer();
        // without the catalog's word on the event, its line's session or ticket type, the mail names no event
        BookingConfirmed.EventSnapshot described = event.session().isPresent() && event.ticketType().isPresent()
                ? OutboxIntegrationEvents.snapshotOf(event.event(), event.session().get(), event.ticketType().get())
                : null;
        offers.append(EventTypes.WAITLIST_OFFER_EXPIRED, offer.id(), new WaitlistOfferExpired(
                offer.id(),
                offer.buyer().userId(),
                offer.buyer().email(),
                offer.buyer().name(),
                offer.line().eventId(),
                offer.line().sessionId(),
                offer.line().ticketTypeId(),
                offer.quantity(),
                offer.expiresAt(),
                described,
                event.occurredAt()));
    }

    static WaitlistOfferMade contractOf(WaitlistOfferMadeEvent event) {
        WaitlistOffer offer = event.offer();
        return new WaitlistOfferMade(
                offer.id(),
                offer.buyer().userId(),
                offer.buyer().email(),
                offer.buyer().name(),
                offer.line().eventId(),
                offer.line().sessionId(),
                offer.line().ticketTypeId(),
                offer.quantity(),
                offer.expiresAt(),
                OutboxIntegrationEvents.snapshotOf(event.event(), event.session(), event.ticketType()),
                event.occurredAt());
    }
}
