package com.evently.ticketing.ticket;

import java.time.Instant;
import java.util.UUID;

/** The answer to a transfer as the giver's client reads it. */
record TransferView(UUID ticketId, UUID newTicketId, UUID bookingId, String recipientEmail, String recipientName,
                    String status, Instant transferredAt, Instant claimExpiresAt) {
}
