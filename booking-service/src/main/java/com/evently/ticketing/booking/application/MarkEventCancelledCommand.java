package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.EventCancellation;

import java.util.Objects;

public record MarkEventCancelledCommand(EventCancellation cancellation) {

    public MarkEventCancelledCommand {
        Objects.requireNonNull(cancellation, "cancellation");
    }
}
