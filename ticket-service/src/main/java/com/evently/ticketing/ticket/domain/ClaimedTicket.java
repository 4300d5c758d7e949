package com.evently.ticketing.ticket.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Domain event: {@code ticket}, held for a claim since it was transferred to {@code transferredToEmail}, is now its
 * claimant's ({@code ticket.userId()}), made out to them.
 */
public record ClaimedTicket(Ticket ticket, String transferredToEmail, Instant at) {

    public ClaimedTicket {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(ticket.userId(), "ticket.userId");
        Objects.requireNonNull(transferredToEmail, "transferredToEmail");
        Objects.requireNonNull(at, "at");
    }
}
