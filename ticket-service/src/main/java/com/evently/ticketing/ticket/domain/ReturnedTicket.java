package com.evently.ticketing.ticket.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Domain event: {@code unclaimed}, held for a claim that expired unclaimed, is revoked, and {@code returned} replaces
 * it for the same seat, made out to the holder who gave it away. {@code claim} is the closed claim.
 */
public record ReturnedTicket(Ticket unclaimed, Ticket returned, TicketClaim claim, Instant at) {

    public ReturnedTicket {
        Objects.requireNonNull(unclaimed, "unclaimed");
        Objects.requireNonNull(returned, "returned");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(at, "at");
        if (!claim.isReturned() || !claim.ticketId().equals(unclaimed.id())) {
            throw new IllegalArgumentException("A returned ticket carries its own claim, closed as returned");
        }
    }
}
