package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.BookingSearch;
import com.evently.ticketing.booking.domain.BookingStatus;
import com.evently.ticketing.platform.domain.Caller;

import java.util.Objects;
import java.util.UUID;

/** {@code userId} null means the caller's own bookings; only an admin may name somebody else. */
public record ListBookingsQuery(Caller caller, UUID userId, BookingStatus status, UUID eventId,
                                BookingSearch.When when, int page, int size) {

    public ListBookingsQuery {
        Objects.requireNonNull(caller, "caller");
    }
}
