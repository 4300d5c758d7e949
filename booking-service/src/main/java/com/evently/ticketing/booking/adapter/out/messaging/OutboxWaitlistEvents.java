package com.evently.ticketing.booking.adapter.out.messaging;

import com.evently.ticketing.booking.application.port.out.WaitlistEvents;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.WaitlistOffer;
import com.evently.ticketing.booking.domain.WaitlistOfferMadeEvent;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Money;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.contracts.booking.WaitlistOfferMade;
import com.evently.ticketing.platform.outbox.OutboxWriter;
import org.springframework.stereotype.Component;

/** Waiting-list offers → WaitlistOfferMade, in the outbox of the current transaction, keyed by offer id. */
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

    static WaitlistOfferMade contractOf(WaitlistOfferMadeEvent event) {
        WaitlistOffer offer = event.offer();
        EventSnapshot.Session session = event.session();
        EventSnapshot.TicketType ticketType = event.ticketType();
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
                new BookingConfirmed.EventSnapshot(
                        event.event().title(),
                        event.event().venue(),
                        event.event().timeZone(),
                        session.name(),
                        session.startsAt(),
                        session.endsAt(),
                        ticketType.name(),
                        new Money(ticketType.price().amount().toPlainString(), ticketType.price().currency())),
                event.occurredAt());
    }
}
