package com.evently.ticketing.ticket.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Domain event: every seat of a booking now has its ticket. */
public record TicketIssuance(ConfirmedBooking booking, List<Ticket> tickets, Instant issuedAt) {

    public TicketIssuance {
        Objects.requireNonNull(booking, "booking");
        Objects.requireNonNull(issuedAt, "issuedAt");
        tickets = List.copyOf(tickets);
        if (tickets.isEmpty()) {
            throw new InvalidInput("An issuance has at least one ticket");
        }
    }
}
