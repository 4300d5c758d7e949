package com.evently.ticketing.ticket.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What a check-in pass says, all a scanner needs without a network: which ticket, for which event, session and
 * ticket type, whose (initials only: the QR is shown to door staff and cameras), and when it may be used. The
 * window is absent when the session's times are unknown.
 */
public record PassClaims(
        UUID ticketId,
        UUID eventId,
        UUID sessionId,
        UUID ticketTypeId,
        String holderInitials,
        Instant notBefore,
        Instant notAfter) {

    public PassClaims {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(ticketTypeId, "ticketTypeId");
        if (notBefore != null && notAfter != null && notAfter.isBefore(notBefore)) {
            throw new IllegalArgumentException("A pass window ends after it starts");
        }
    }

    /** Where {@code at} falls in the window: before it opens, inside, or after it closed. */
    public WindowPosition positionOf(Instant at) {
        if (notBefore != null && at.isBefore(notBefore)) {
            return WindowPosition.NOT_YET_OPEN;
        }
        if (notAfter != null && at.isAfter(notAfter)) {
            return WindowPosition.CLOSED;
        }
        return WindowPosition.OPEN;
    }

    public enum WindowPosition {
        NOT_YET_OPEN,
        OPEN,
        CLOSED
    }
}
