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

    /** The caller may not run check-in for this event, or not do this check-in operation at all. */
    public static final ProblemType CHECK_IN_NOT_PERMITTED =
            new ProblemType("check-in-not-permitted", "Check-in not permitted", HttpStatus.FORBIDDEN);

    /** The ticket is void or revoked, or its session has started: it cannot be transferred. */
    public static final ProblemType TICKET_NOT_TRANSFERABLE =
            new ProblemType("ticket-not-transferable", "Ticket cannot be transferred", HttpStatus.CONFLICT);

    /** Only a ticket's holder transfers it (an administrator reads it, but does not give it away). */
    public static final ProblemType TRANSFER_NOT_PERMITTED =
            new ProblemType("transfer-not-permitted", "Transfer not permitted", HttpStatus.FORBIDDEN);

    /** A check-in device sent more requests than a scanner ever needs; {@code Retry-After} says when to go on. */
    public static final ProblemType CHECK_IN_RATE_LIMITED =
            new ProblemType("check-in-rate-limited", "Too many scans from this device", HttpStatus.TOO_MANY_REQUESTS);

    /** No claim has this token (never issued, or mistyped). */
    public static final ProblemType TICKET_CLAIM_NOT_FOUND =
            new ProblemType("ticket-claim-not-found", "Ticket claim not found", HttpStatus.NOT_FOUND);

    /** The claim link expired, or another account claimed the ticket with it. */
    public static final ProblemType TICKET_CLAIM_GONE =
            new ProblemType("ticket-claim-gone", "Ticket claim no longer valid", HttpStatus.GONE);

    /** The ticket of the claim was voided meanwhile (its booking was cancelled or changed). */
    public static final ProblemType TICKET_NOT_CLAIMABLE =
            new ProblemType("ticket-not-claimable", "Ticket cannot be claimed", HttpStatus.CONFLICT);

    private TicketProblem() {
    }
}
