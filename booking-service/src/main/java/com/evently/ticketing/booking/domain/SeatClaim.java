package com.evently.ticketing.booking.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A ticket a transfer held for a claim was claimed: {@code ticketId} (the same ticket, the same seat) is now made out
 * to {@code holder}, the account that opened the claim link. It names the ticket the transfer made, so it applies
 * only while the seat shows that ticket: a later transfer of the claimed ticket is not undone by it.
 */
public record SeatClaim(SeatId seatId, UUID ticketId, SeatHolder holder, Instant claimedAt) {

    public SeatClaim {
        Objects.requireNonNull(seatId, "seatId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(claimedAt, "claimedAt");
    }
}
