package com.evently.ticketing.ticket.adapter.in.web;

import com.evently.ticketing.platform.web.ProblemType;
import org.springframework.http.HttpStatus;

/**
 * Every problem type this service answers with beyond the platform's shared ones ({@code PlatformProblem}):
 * its catalogue, mirrored by the "Problem types" table of the service's README.
 */
public enum TicketProblem implements ProblemType {

    /** An unknown ticket, someone else's ticket or booking, or a booking without tickets (internal PDF). */
    TICKET_NOT_FOUND("ticket-not-found", "Ticket not found", HttpStatus.NOT_FOUND);

    private final String slug;
    private final String title;
    private final HttpStatus status;

    TicketProblem(String slug, String title, HttpStatus status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
