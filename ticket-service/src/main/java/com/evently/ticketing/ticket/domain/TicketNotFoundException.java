package com.evently.ticketing.ticket.domain;

import java.util.UUID;

/**
 * No ticket the caller may see. Raised alike for an unknown ticket and for someone else's, so that a
 * response never tells whether another person's ticket exists.
 */
public class TicketNotFoundException extends RuntimeException {

    private TicketNotFoundException(String message) {
        super(message);
    }

    public static TicketNotFoundException ticket(UUID ticketId) {
        return new TicketNotFoundException("No ticket " + ticketId);
    }

    public static TicketNotFoundException ofBooking(UUID bookingId) {
        return new TicketNotFoundException("No tickets for booking " + bookingId);
    }
}
