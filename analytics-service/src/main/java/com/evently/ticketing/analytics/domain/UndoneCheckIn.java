package com.evently.ticketing.analytics.domain;

import java.util.Objects;
import java.util.UUID;

/** A mistaken admission taken back at the door: the ticket counts as not checked in until admitted again. */
public record UndoneCheckIn(UUID ticketId) {

    public UndoneCheckIn {
        Objects.requireNonNull(ticketId, "ticketId");
    }
}
