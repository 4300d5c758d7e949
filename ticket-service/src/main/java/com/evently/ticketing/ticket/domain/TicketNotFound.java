package com.evently.ticketing.ticket.domain;

import java.util.UUID;

/**
 * No ticket the caller may see. Raised alike for an unknown ticket and for someone else's, so that a
 * response never tells whether another person's ticket exists.
 */
public class TicketNotFound extends RuntimeException {

    private TicketNotFound(String message) {
        super(message);
    }

    public static TicketNotFound ticket(UUID ticketId) {
        return new TicketNotFound("No ticket " + ticketId);
    }

    public static TicketNotFound ofBooking(UUID bookingId) {
        return new TicketNotFound("No tickets for booking " + bookingId);
    }
}
