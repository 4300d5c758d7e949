package com.evently.ticketing.booking.application;

import com.evently.ticketing.platform.domain.InvalidInput;

import java.util.Objects;
import java.util.UUID;

public record FeedbackQuery(UUID eventId, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public FeedbackQuery {
        Objects.requireNonNull(eventId, "eventId");
        if (page < 0) {
            throw new InvalidInput("'page' must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInput("'size' must be within 1.." + MAX_SIZE + ", was " + size);
        }
    }

    public long offset() {
        return (long) page * size;
    }
}
