package com.evently.ticketing.ticket.adapter.in.web;

import com.evently.ticketing.platform.web.ProblemType;
import org.springframework.http.HttpStatus;

/**
 * Every problem type this service answers with beyond the platform's shared ones ({@code PlatformProblem}):
 * its catalogue, mirrored by the "Problem types" table of the service's README.
 */
public final class TicketProblem {

    /** An unknown ticket, someone else's ticket or booking, or a booking without tickets (internal PDF). */
    public static final ProblemType TICKET_NOT_FOUND =
            new ProblemType("ticket-not-found", "Ticket not found", HttpStatus.NOT_FOUND);

    private TicketProblem() {
    }
}
