package com.evently.ticketing.ticket.domain;

/** Where a ticket is in its life. Check-in and transfer will add states; a fresh ticket is valid. */
public enum TicketStatus {
    VALID
}
