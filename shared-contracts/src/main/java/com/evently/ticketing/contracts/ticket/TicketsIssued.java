package com.evently.ticketing.contracts.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Every seat of a booking has its ticket. Published once per booking, keyed by the booking id. */
public record TicketsIssued(
        UUID bookingId,
        UUID userId,
        String holderEmail,
        String holderName,
        UUID eventId,
        String eventTitle,
        String venue,
        String timeZone,
        String sessionName,
        Instant sessionStartsAt,
        String ticketTypeName,
        List<IssuedTicket> tickets,
        Instant occurredAt) {

    public record IssuedTicket(UUID ticketId, UUID seatId, String code) {
    }
}
