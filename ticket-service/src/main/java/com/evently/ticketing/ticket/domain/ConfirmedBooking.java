package com.evently.ticketing.ticket.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A booking whose seats were sold, as booking-service announced it: the source of its tickets. */
public record ConfirmedBooking(
        UUID bookingId,
        UUID userId,
        UUID eventId,
        UUID sessionId,
        UUID ticketTypeId,
        TicketHolder holder,
        EventSnapshot event,
        List<UUID> seatIds) {

    public ConfirmedBooking {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(ticketTypeId, "ticketTypeId");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(event, "event");
        seatIds = List.copyOf(seatIds);
        if (seatIds.isEmpty()) {
            throw new InvalidInput("A confirmed booking has at least one seat");
        }
        if (new HashSet<>(seatIds).size() != seatIds.size()) {
            throw new InvalidInput("A seat appears twice in booking " + bookingId);
        }
    }

    /** The same booking narrowed to some of its seats: those that need tickets. */
    public ConfirmedBooking withSeats(List<UUID> seats) {
        return new ConfirmedBooking(bookingId, userId, eventId, sessionId, ticketTypeId, holder, event, seats);
    }

    /** One ticket per seat, each with its own random code and signed pass; the returned issuance is the event to announce. */
    public TicketIssuance issueTickets(SecureRandom random, Instant now, PassIssuer passes) {
        List<Ticket> tickets = seatIds.stream()
                .map(seatId -> {
                    UUID ticketId = UUID.randomUUID();
                    return Ticket.issued(ticketId, bookingId, seatId, userId, eventId, sessionId, ticketTypeId,
                            holder, event, TicketCode.random(random),
                            passes.passFor(ticketId, eventId, sessionId, ticketTypeId, holder, event), now);
                })
                .toList();
        return new TicketIssuance(this, tickets, now);
    }
}
