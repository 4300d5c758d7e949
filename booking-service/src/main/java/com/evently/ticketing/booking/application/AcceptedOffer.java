package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.Booking;

/** The booking an accepted offer became: just now, or by an earlier accept of the same offer. */
public sealed interface AcceptedOffer {

    Booking booking();

    record Confirmed(Booking booking) implements AcceptedOffer {
    }

    /** The offer was accepted before: this is that booking, unchanged. */
    record Replayed(Booking booking) implements AcceptedOffer {
    }
}
