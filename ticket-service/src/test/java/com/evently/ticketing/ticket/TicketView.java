package com.evently.ticketing.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A ticket as the API returns it, read back in tests. */
record TicketView(UUID id, UUID bookingId, UUID eventId, UUID seatId, String code, String qrPayload, String status,
                  Instant statusChangedAt, String statusReason, String holderEmail, String holderName,
                  Instant issuedAt) {

    record Items(List<TicketView> items) {
    }
}
