package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.BookingMetrics;
import com.evently.ticketing.booking.application.port.out.Bookings;
import com.evently.ticketing.booking.application.port.out.CancelledEvents;
import com.evently.ticketing.booking.application.port.out.CompletedEvents;
import com.evently.ticketing.booking.application.port.out.EventSnapshots;
import com.evently.ticketing.booking.application.port.out.IntegrationEvents;
import com.evently.ticketing.booking.application.port.out.Inventory;
import com.evently.ticketing.booking.application.port.out.WaitlistEvents;
import com.evently.ticketing.booking.application.port.out.WaitlistOffers;
import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingConfirmedEvent;
import com.evently.ticketing.booking.domain.BookingId;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.InventoryLine;
import com.evently.ticketing.booking.domain.OfferStatus;
import com.evently.ticketing.booking.domain.SeatLimitConflict;
import com.evently.ticketing.booking.domain.UserSeatLimit;
import com.evently.ticketing.booking.domain.WaitlistOffer;
import com.evently.ticketing.booking.domain.WaitlistOfferAcceptedEvent;
import com.evently.ticketing.platform.domain.Changed;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Turns an open offer into a confirmed booking, and announces both (BookingConfirmed, WaitlistOfferAccepted). The
 * inventory is not touched: the offer took its seats from the line when it was made, and the booking now holds them
 * instead.
 */
public final class AcceptingWaitlistOffer {

    private final Transactions transactions;
    private final Inventory inventory;
    private final WaitlistOffers offers;
    private final Bookings bookings;
    private final EventSnapshots eventSnapshots;
    private final CancelledEvents cancelledEvents;
    private final CompletedEvents completedEvents;
    private final IntegrationEvents integrationEvents;
    private final WaitlistEvents waitlistEvents;
    private final BookingMetrics metrics;
    private final UserSeatLimit userSeatLimit;
    private final Clock clock;

    public AcceptingWaitlistOffer(Transactions transactions, Inventory inventory, WaitlistOffers offers,
                                  Bookings bookings, EventSnapshots eventSnapshots, CancelledEvents cancelledEvents,
                                  CompletedEvents completedEvents,
                                  IntegrationEvents integrationEvents, WaitlistEvents waitlistEvents,
                                  BookingMetrics metrics,
                                  UserSeatLimit userSeatLimit, Clock clock) {
        this.transactions = transactions;
        this.inventory = inventory;
        this.offers = offers;
        this.bookings = bookings;
        this.eventSnapshots = eventSnapshots;
        this.cancelledEvents = cancelledEvents;
        this.completedEvents = completedEvents;
        this.integrationEvents = integrationEvents;
        this.waitlistEvents = waitlistEvents;
        this.metrics = metrics;
        this.userSeatLimit = userSeatLimit;
        this.clock = clock;
    }

    /**
     * Safe to repeat: accepting an accepted offer again answers its booking.
     *
     * @throws WaitlistOfferNotFound       when there is no such offer or it is not the caller's
     * @throws WaitlistOfferClosedConflict when the offer expired (even if its seats were not given back yet) or was declined
     * @throws EventCancelledConflict      when the event was cancelled; the offer then expires like any other
     * @throws SeatLimitConflict           when the offered seats would take the user over the line's per-user limit
     *                                     (booked since joining); the offer stays open, to be declined or to expire
     */
    public AcceptedOffer accept(UUID offerId, UUID userId) {
        AcceptedOffer accepted = transactions.inTransaction(() -> acceptOrReplay(offerId, userId));
        if (accepted instanceof AcceptedOffer.Confirmed confirmed) {
            metrics.bookingConfirmed(confirmed.booking().quantity());
        }
        return accepted;
    }

    private AcceptedOffer acceptOrReplay(UUID offerId, UUID userId) {
        WaitlistOffer seen = offers.find(offerId)
                .filter(offer -> offer.belongsTo(userId))
                .orElseThrow(() -> new WaitlistOfferNotFound(offerId));
        EventSnapshot event = eventSnapshots.find(seen.line().eventId())
                .orElseThrow(() -> new IllegalStateException("offer without its event: " + offerId));
        // Line, then offer: the order of every writer of a line, so that accepting cannot deadlock with the expiry
        // job or a booking. Once both are held, the offer's status cannot change until this commits.
        InventoryLine line = inventory.lockLine(seen.line())
                .orElseThrow(() -> new IllegalStateException("offer without its line: " + offerId));
        WaitlistOffer offer = offers.lock(offerId).orElseThrow(() -> new WaitlistOfferNotFound(offerId));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (offer.status() == OfferStatus.ACCEPTED) {
            return new AcceptedOffer.Replayed(bookings.find(offer.bookingId())
                    .orElseThrow(() -> new IllegalStateException("accepted offer without its booking " + offerId)));
        }
        if (offer.status() != OfferStatus.OPEN) {
            throw new WaitlistOfferClosedConflict(offer.status());
        }
        if (offer.hasLapsedAt(now)) {
            throw new WaitlistOfferClosedConflict(OfferStatus.EXPIRED);
        }
        // Asked under the line's lock, which an event cancellation takes too (see PlacingBooking).
        cancelledEvents.find(offer.line().eventId()).ifPresent(cancellation -> {
            throw new EventCancelledConflict(cancellation);
        });
        completedEvents.find(offer.line().eventId()).ifPresent(completion -> {
            throw new EventCompletedConflict(completion);
        });
        // The user may have booked seats of the line since joining. This offer's seats are the ones added, so they
        // are left out of what the user holds already.
        int held = bookings.seatsHeldBy(offer.buyer().userId(), offer.line())
                + offers.openSeatsOf(offer.buyer().userId(), offer.line()) - offer.quantity();
        userSeatLimit.check(line, held, offer.quantity());
        Changed<Booking, BookingConfirmedEvent> confirmed =
                Booking.confirm(BookingId.random(), offer.buyer(), offer.line(), offer.quantity(), event, now);
        bookings.add(confirmed.aggregate());
        Changed<WaitlistOffer, WaitlistOfferAcceptedEvent> acceptance = offer.accept(confirmed.aggregate().id(), now);
        offers.update(acceptance.aggregate());
        integrationEvents.bookingConfirmed(confirmed.event());
        waitlistEvents.offerAccepted(acceptance.event());
        return new AcceptedOffer.Confirmed(confirmed.aggregate());
    }
}
