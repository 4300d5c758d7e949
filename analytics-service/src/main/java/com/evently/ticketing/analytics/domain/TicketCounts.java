package com.evently.ticketing.analytics.domain;

import com.evently.ticketing.platform.domain.InvalidInput;

/**
 * An event's tickets. {@code valid}: issued (or made out by a transfer), not revoked, of a booking not cancelled;
 * {@code transferred}: tickets a transfer revoked (one per transfer); {@code voided}: not revoked, of a cancelled
 * booking — ticket-service announces no voiding, so this is read from the booking's cancellation.
 */
public record TicketCounts(int valid, int transferred, int voided) {

    public static final TicketCounts NONE = new TicketCounts(0, 0, 0);

    public TicketCounts {
        if (valid < 0 || transferred < 0 || voided < 0) {
            throw new InvalidInput("ticket counts must not be negative");
        }
    }
}
