package com.evently.ticketing.booking.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import com.evently.ticketing.platform.domain.Paging;

import java.util.Objects;
import java.util.UUID;

/**
 * One page of an event's attendees. Every filter is optional (null): {@code search} matches part of the holder's
 * name or e-mail in any letter case; {@code checkedIn} true keeps admitted seats, false the others.
 */
public record AttendeeQuery(UUID eventId, String search, UUID sessionId, UUID ticketTypeId, BookingStatus status,
                            Boolean checkedIn, int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 1000;
    public static final int MAX_SEARCH_LENGTH = 100;

    public AttendeeQuery {
        Objects.requireNonNull(eventId, "eventId");
        search = search == null || search.isBlank() ? null : search.strip();
        if (search != null && search.length() > MAX_SEARCH_LENGTH) {
            throw new InvalidInput("'q' must be at most " + MAX_SEARCH_LENGTH + " characters");
        }
        Paging.check(page, size, MAX_SIZE);
    }

    public long offset() {
        return (long) page * size;
    }
}
