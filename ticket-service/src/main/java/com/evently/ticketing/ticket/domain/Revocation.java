package com.evently.ticketing.ticket.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A ticket an offline scanner must refuse from now on, and since when: one entry of an event's revocation list. */
public record Revocation(UUID ticketId, TicketStatus status, Instant since) {

    public Revocation {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(since, "since");
        if (status == TicketStatus.VALID) {
            throw new IllegalArgumentException("A valid ticket is not revoked");
        }
    }
}
