package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.Bookings;
import com.evently.ticketing.booking.domain.BookingPage;
import com.evently.ticketing.booking.domain.BookingSearch;

import java.time.Clock;
import java.util.UUID;

public final class ListingBookings {

    private final Bookings bookings;
    private final Clock clock;

    public ListingBookings(Bookings bookings, Clock clock) {
        this.bookings = bookings;
        this.clock = clock;
    }

    /** @throws BookingsOfOthersNotPermitted when a non-admin asks for another user's bookings */
    public BookingPage list(ListBookingsQuery query) {
        UUID userId = query.userId() == null ? query.caller().id() : query.userId();
        if (!userId.equals(query.caller().id()) && !query.caller().isAdmin()) {
            throw new BookingsOfOthersNotPermitted();
        }
        return bookings.search(new BookingSearch(userId, query.status(), query.eventId(), query.when(), clock.instant(),
                query.page(), query.size()));
    }
}
