package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.Waitlist;
import com.evently.ticketing.booking.application.port.out.WaitlistOffers;

import java.util.UUID;

public final class ViewingWaitlist {

    private final Waitlist waitlist;
    private final WaitlistOffers offers;

    public ViewingWaitlist(Waitlist waitlist, WaitlistOffers offers) {
        this.waitlist = waitlist;
        this.offers = offers;
    }

    /** The caller's own entries and open offers for the event; empty for an event they do not wait for. */
    public WaitlistStanding standingOf(UUID userId, UUID eventId) {
        return new WaitlistStanding(waitlist.standingsOf(userId, eventId), offers.openOf(userId, eventId));
    }
}
