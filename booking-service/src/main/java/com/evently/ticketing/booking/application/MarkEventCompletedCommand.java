package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.EventCompletion;

import java.util.Objects;

public record MarkEventCompletedCommand(EventCompletion completion) {

    public MarkEventCompletedCommand {
        Objects.requireNonNull(completion, "completion");
    }
}
