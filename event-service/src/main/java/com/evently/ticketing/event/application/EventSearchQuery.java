package com.evently.ticketing.event.application;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.time.Instant;
import java.util.Objects;

/**
 * A page of published events.
 *
 * @param text          matched against title and venue, ignoring case; null for any
 * @param startsFrom    only events with a session starting at or after this instant; null for no lower bound
 * @param startsBefore  only events with a session starting before this instant; null for no upper bound
 * @param page          zero-based page number
 * @param size          items per page, 1 to {@value #MAX_PAGE_SIZE}
 */
public record EventSearchQuery(String text, Instant startsFrom, Instant startsBefore,
                               int page, int size, EventOrder order) {

    public static final int MAX_PAGE_SIZE = 100;

    public EventSearchQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        if (startsFrom != null && startsBefore != null && !startsBefore.isAfter(startsFrom)) {
            throw new InvalidInput("'to' must be after 'from'");
        }
        if (page < 0) {
            throw new InvalidInput("page must not be negative");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput("size must be between 1 and " + MAX_PAGE_SIZE);
        }
        Objects.requireNonNull(order, "order");
    }

    public long offset() {
        return (long) page * size;
    }
}
