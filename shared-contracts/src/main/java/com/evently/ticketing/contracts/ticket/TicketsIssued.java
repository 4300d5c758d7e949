package com.evently.ticketing.contracts.ticket;

import com.evently.ticketing.contracts.EventTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every seat of a booking has its ticket. Published once per booking, keyed by the booking id. Each ticket's
 * admission code is sealed (a compact JWE under the message sealing key, bound to {@link
 * IssuedTicket#sealingContext(UUID)}): only the notification service, which mails it, can read it.
 */
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

    public record IssuedTicket(UUID ticketId, UUID seatId, String sealedCode) {

        /** What the code of {@code ticketId} is sealed for: a sealed code opens only as that ticket's. */
        public static String sealingContext(UUID ticketId) {
            return EventTypes.TICKETS_ISSUED + "/sealedCode/" + ticketId;
        }
    }
}
