package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.booking.application.WaitlistStanding;
import com.evently.ticketing.booking.application.port.out.Waitlist;
import com.evently.ticketing.booking.domain.WaitlistOffer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The caller's entries on an event's waiting lists (position 1 is offered next) and the offers they hold open. */
record WaitlistResponse(UUID eventId, List<Entry> entries, List<Offer> offers) {

    record Entry(UUID id, UUID sessionId, UUID ticketTypeId, int quantity, int position, Instant joinedAt) {

        static Entry of(Waitlist.Standing standing) {
            return new Entry(standing.entry().id(), standing.entry().line().sessionId(),
                    standing.entry().line().ticketTypeId(), standing.entry().quantity(), standing.position(),
                    standing.entry().joinedAt());
        }
    }

    record Offer(UUID id, String status, UUID eventId, UUID sessionId, UUID ticketTypeId, int quantity,
                 Instant expiresAt, UUID bookingId) {

        static Offer of(WaitlistOffer offer) {
            return new Offer(offer.id(), offer.status().name(), offer.line().eventId(), offer.line().sessionId(),
                    offer.line().ticketTypeId(), offer.quantity(), offer.expiresAt(),
                    offer.bookingId() == null ? null : offer.bookingId().value());
        }
    }

    static WaitlistResponse of(UUID eventId, WaitlistStanding standing) {
        return new WaitlistResponse(eventId, standing.entries().stream().map(Entry::of).toList(),
                standing.openOffers().stream().map(Offer::of).toList());
    }
}
