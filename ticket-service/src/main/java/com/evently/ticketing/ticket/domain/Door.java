package com.evently.ticketing.ticket.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * The rules a verified pass meets at the door before the one-admission-per-ticket rule: the ticket must still be
 * valid, be for the event the scanner works for, and be scanned inside its window. The ticket's state wins over
 * the pass's window: a void ticket is VOID at any time.
 */
public final class Door {

    /** Why the pass is refused, or empty when it may be admitted (if it was not admitted before). */
    public static Optional<ScanResult> refusal(Ticket ticket, PassClaims claims, Instant scannedAt) {
        if (!ticket.eventId().equals(claims.eventId())) {
            // signed by us, yet disagreeing with the ticket: nothing a scanner should act on
            return Optional.of(ScanResult.INVALID);
        }
        return switch (ticket.status()) {
            case VOID -> Optional.of(ScanResult.VOID);
            case REVOKED -> Optional.of(ScanResult.REVOKED);
            case VALID -> switch (claims.positionOf(scannedAt)) {
                case NOT_YET_OPEN -> Optional.of(ScanResult.NOT_YET_VALID);
                case CLOSED -> Optional.of(ScanResult.EXPIRED);
                case OPEN -> Optional.empty();
            };
        };
    }

    private Door() {
    }
}
