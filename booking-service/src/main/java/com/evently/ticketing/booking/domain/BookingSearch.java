package com.evently.ticketing.booking.domain;

import com.evently.ticketing.platform.domain.Paging;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One page of one user's bookings, newest first.
 *
 * @param status  only bookings in this status; null for any
 * @param eventId only bookings of this event; null for any
 * @param when    only bookings whose session starts after (UPCOMING) or at or before (PAST) {@code now}; null for any
 */
public record BookingSearch(UUID userId, BookingStatus status, UUID eventId, When when, Instant now, int page, int size) {

    public static final int MAX_PAGE_SIZE = 100;

    public enum When {
        UPCOMING,
        PAST
    }

    public BookingSearch {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(now, "now");
        Paging.check(page, size, MAX_PAGE_SIZE);
    }

    public long offset() {
        return (long) page * size;
    }
}
