package com.evently.ticketing.ticket.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Domain event: {@code previous} (now revoked) was replaced by {@code next}, held by someone else. */
public record TicketTransfer(Ticket previous, Ticket next, UUID transferredBy, Instant at) {

    public TicketTransfer {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(transferredBy, "transferredBy");
        Objects.requireNonNull(at, "at");
    }
}
