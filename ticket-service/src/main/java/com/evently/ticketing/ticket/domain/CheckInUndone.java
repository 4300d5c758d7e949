package com.evently.ticketing.ticket.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Domain event: the admission of {@code ticket} was undone by {@code undoneBy} (a mistaken scan); it admits again. */
public record CheckInUndone(Ticket ticket, UUID undoneBy, Instant at) {

    public CheckInUndone {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(undoneBy, "undoneBy");
        Objects.requireNonNull(at, "at");
    }
}
