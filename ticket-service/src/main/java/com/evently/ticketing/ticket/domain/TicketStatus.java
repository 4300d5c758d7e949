package com.evently.ticketing.ticket.domain;

/**
 * Where a ticket is in its life. A fresh ticket is valid; a ticket never comes back from {@link #VOID} or
 * {@link #REVOKED}, so a scanner that saw either may refuse the ticket for good.
 */
public enum TicketStatus {
    /** Admits its holder. */
    VALID,
    /** Its seat left the booking: the booking was cancelled, or changed and the seat released. */
    VOID,
    /** Replaced by another ticket for the same seat (a transfer or a re-issue). */
    REVOKED
}
