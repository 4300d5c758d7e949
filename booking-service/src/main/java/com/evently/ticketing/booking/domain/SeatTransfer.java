package com.evently.ticketing.booking.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A ticket transfer as booking sees it: {@code ticketId} now admits {@code holder} to the seat, replacing
 * {@code previousTicketId}. The contract carries no sequence number, so the order of two transfers of one seat is
 * known exactly only when one names the other's ticket as its previous one; otherwise {@code transferredAt} (the
 * ticket service's clock) decides.
 */
public record SeatTransfer(SeatId seatId, UUID ticketId, UUID previousTicketId, SeatHolder holder,
                           Instant transferredAt) {

    public SeatTransfer {
        Objects.requireNonNull(seatId, "seatId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(previousTicketId, "previousTicketId");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(transferredAt, "transferredAt");
    }
}
