package com.evently.ticketing.ticket.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The right of one holder to one seat of a confirmed booking. */
public record Ticket(
        UUID id,
        UUID bookingId,
        UUID seatId,
        UUID userId,
        UUID eventId,
        UUID sessionId,
        UUID ticketTypeId,
        TicketHolder holder,
        EventSnapshot event,
        TicketCode code,
        TicketStatus status,
        Instant issuedAt) {

    public Ticket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(seatId, "seatId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(ticketTypeId, "ticketTypeId");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }

    public CheckInPayload checkInPayload() {
        return new CheckInPayload(id, code);
    }

    public boolean belongsTo(UUID user) {
        return userId.equals(user);
    }
}
