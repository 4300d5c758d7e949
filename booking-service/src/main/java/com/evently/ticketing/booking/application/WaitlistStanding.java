package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.Waitlist;
import com.evently.ticketing.booking.domain.WaitlistOffer;

import java.util.List;

/** A user's place on an event's waiting lists, and the offers they hold open for it. */
public record WaitlistStanding(List<Waitlist.Standing> entries, List<WaitlistOffer> openOffers) {

    public WaitlistStanding {
        entries = List.copyOf(entries);
        openOffers = List.copyOf(openOffers);
    }
}
