package com.evently.ticketing.ticket.adapter.in.web;

import com.evently.ticketing.ticket.domain.Ticket;

import java.time.Instant;
import java.util.UUID;

/** A ticket as API.md shows it, with enough of the event to list it without another call. */
record TicketResponse(
        UUID id,
        UUID bookingId,
        UUID eventId,
        UUID sessionId,
        UUID ticketTypeId,
        UUID seatId,
        String code,
        String qrPayload,
        String status,
        Instant statusChangedAt,
        String statusReason,
        String holderEmail,
        String holderName,
        String eventTitle,
        String sessionName,
        Instant sessionStartsAt,
        String ticketTypeName,
        Instant issuedAt) {

    static TicketResponse of(Ticket ticket) {
        return new TicketResponse(ticket.id(), ticket.bookingId(), ticket.eventId(), ticket.sessionId(),
                ticket.ticketTypeId(), ticket.seatId(), ticket.code().value(), ticket.pass().token(),
                ticket.status().name(), ticket.statusChangedAt(), ticket.statusReason(), ticket.holder().email(), ticket.holder().name(), ticket.event().title(),
                ticket.event().sessionName(), ticket.event().sessionStartsAt(), ticket.event().ticketTypeName(),
                ticket.issuedAt());
    }
}
