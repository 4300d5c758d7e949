package com.evently.ticketing.ticket.application;

import com.evently.ticketing.platform.domain.Transactions;
import com.evently.ticketing.ticket.application.port.out.TicketEvents;
import com.evently.ticketing.ticket.application.port.out.TicketMetrics;
import com.evently.ticketing.ticket.application.port.out.Tickets;
import com.evently.ticketing.ticket.domain.ConfirmedBooking;
import com.evently.ticketing.ticket.domain.TicketIssuance;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Gives every seat of a confirmed booking its ticket, once, however often the booking is announced.
 * <p>
 * Issues a booking's tickets and announces them in one transaction: the caller's when there is one (the inbox's,
 * so tickets, outbox row and inbox record commit together), else one of its own. A booking is ticketed
 * once: the same BookingConfirmed redelivered is stopped by the inbox, and one re-published under a new
 * event id finds the booking already ticketed here.
 */
public class IssuingTickets {

    private final Transactions transactions;
    private final Tickets tickets;
    private final TicketEvents events;
    private final TicketMetrics metrics;
    private final SecureRandom random;
    private final Clock clock;

    public IssuingTickets(Transactions transactions, Tickets tickets, TicketEvents events, TicketMetrics metrics,
                          SecureRandom random, Clock clock) {
        this.transactions = transactions;
        this.tickets = tickets;
        this.events = events;
        this.metrics = metrics;
        this.random = random;
        this.clock = clock;
    }

    public IssuedTickets issueFor(ConfirmedBooking booking) {
        return transactions.inTransaction(() -> {
            if (tickets.anyIssuedFor(booking.bookingId())) {
                return new IssuedTickets.AlreadyIssued(booking.bookingId());
            }
            TicketIssuance issuance = booking.issueTickets(random, clock.instant());
            tickets.addAll(issuance.tickets());
            events.ticketsIssued(issuance);
            metrics.ticketsIssued(issuance.tickets().size());
            return new IssuedTickets.Issued(issuance);
        });
    }
}
