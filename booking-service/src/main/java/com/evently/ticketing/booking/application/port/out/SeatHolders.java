package com.evently.ticketing.booking.application.port.out;

import com.evently.ticketing.booking.domain.BookingId;

/** Who holds the seats of a booking now: its buyer, unless a ticket transfer named somebody else for a seat. */
@FunctionalInterface
public interface SeatHolders {

    /**
     * Whether somebody with this e-mail holds a seat of the booking; {@code buyer} says that the caller bought it, so
     * the seats nobody was transferred count as theirs.
     */
    boolean holdsASeatOf(BookingId booking, String email, boolean buyer);
}
