package com.evently.ticketing.booking.application;

import com.evently.ticketing.platform.domain.Paging;

import java.util.Objects;
import java.util.UUID;

public record FeedbackQuery(UUID eventId, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public FeedbackQuery {
        Objects.requireNonNull(eventId, "eventId");
        Paging.check(page, size, MAX_SIZE);
    }

    public long offset() {
        return (long) page * size;
    }
}
