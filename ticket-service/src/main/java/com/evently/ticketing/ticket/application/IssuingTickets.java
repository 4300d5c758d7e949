package com.evently.ticketing.ticket.application;

import com.evently.ticketing.platform.domain.Transactions;
import com.evently.ticketing.ticket.application.port.out.KnownBookings;
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
 * event id finds the booking already ticketed here. A booking cancelled before its confirmation arrived (a
 * confirmation redriven from the dead-letter topic) gets no tickets at all.
 */
public class IssuingTickets {

    private final Transactions transactions;
    private final KnownBookings knownBookings;
    private final Tickets tickets;
    private final TicketEvents events;
    private final TicketMetrics metrics;
    private final SigningPasses passes;
    private final SecureRandom random;
    private final Clock clock;

    public IssuingTickets(Transactions transactions, KnownBookings knownBookings, Tickets tickets,
                          TicketEvents events, TicketMetrics metrics, SigningPasses passes, SecureRandom random,
                          Clock clock) {
        this.transactions = transactions;
        this.knownBookings = knownBookings;
        this.tickets = tickets;
        this.events = events;
        this.metrics = metrics;
        this.passes = passes;
        this.random = random;
        this.clock = clock;
    }

    public IssuedTickets issueFor(ConfirmedBooking booking) {
        return transactions.inTransaction(() -> {
            if (knownBookings.lock(booking.bookingId()).isCancelled()) {
                return new IssuedTickets.BookingAlreadyCancelled(booking.bookingId());
            }
            if (tickets.anyIssuedFor(booking.bookingId())) {
                return new IssuedTickets.AlreadyIssued(booking.bookingId());
            }
            TicketIssuance issuance = booking.issueTickets(random, clock.instant(), passes.withActiveKey());
            tickets.addAll(issuance.tickets());
            events.ticketsIssued(issuance);
            metrics.ticketsIssued(issuance.tickets().size());
            return new IssuedTickets.Issued(issuance);
        });
    }
}
