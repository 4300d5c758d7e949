package com.evently.ticketing.ticket.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.util.Objects;
import java.util.UUID;

/**
 * What the QR code on a ticket says, in the one format scanners read: {@code TKT1:<ticketId>:<code>}.
 * The version prefix lets a later format be told apart from this one at the door.
 */
public record CheckInPayload(UUID ticketId, TicketCode code) {

    private static final String PREFIX = "TKT1";
    private static final String SEPARATOR = ":";

    public CheckInPayload {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(code, "code");
    }

    public String encode() {
        return PREFIX + SEPARATOR + ticketId + SEPARATOR + code.value();
    }

    /** Reads a scanned payload; a text in any other format is rejected. */
    public static CheckInPayload parse(String scanned) {
        String[] parts = scanned == null ? new String[0] : scanned.trim().split(SEPARATOR, -1);
        if (parts.length != 3 || !PREFIX.equals(parts[0])) {
            throw new InvalidInput("Not a ticket check-in payload");
        }
        return new CheckInPayload(UUID.fromString(parts[1]), new TicketCode(parts[2]));
    }

    @Override
    public String toString() {
        return encode();
    }
}
