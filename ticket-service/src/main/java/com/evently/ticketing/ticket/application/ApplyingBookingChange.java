package com.evently.ticketing.ticket.application;

import com.evently.ticketing.platform.domain.Transactions;
import com.evently.ticketing.ticket.application.port.out.KnownBookings;
import com.evently.ticketing.ticket.application.port.out.TicketEvents;
import com.evently.ticketing.ticket.application.port.out.TicketMetrics;
import com.evently.ticketing.ticket.application.port.out.Tickets;
import com.evently.ticketing.ticket.domain.ChangedBooking;
import com.evently.ticketing.ticket.domain.KnownBooking;
import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketIssuance;
import com.evently.ticketing.ticket.domain.VoidedTickets;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Makes a changed booking's tickets match its seats: tickets of released seats become void (their QR codes stop
 * working), seats without a ticket get one, announced in a TicketsIssued of their own. One ticket per seat, never
 * two: seats that already have a ticket are skipped, and the database refuses a second one. A notice older than
 * the last change applied, or one about a cancelled booking, changes nothing.
 */
public class ApplyingBookingChange {

    private final Transactions transactions;
    private final KnownBookings knownBookings;
    private final Tickets tickets;
    private final TicketEvents events;
    private final TicketMetrics metrics;
    private final SigningPasses passes;
    private final SecureRandom random;
    private final Clock clock;

    public ApplyingBookingChange(Transactions transactions, KnownBookings knownBookings, Tickets tickets,
                                 TicketEvents events, TicketMetrics metrics, SigningPasses passes,
                                 SecureRandom random, Clock clock) {
        this.transactions = transactions;
        this.knownBookings = knownBookings;
        this.tickets = tickets;
        this.events = events;
        this.metrics = metrics;
        this.passes = passes;
        this.random = random;
        this.clock = clock;
    }

    public AppliedBookingChange apply(ChangedBooking change) {
        UUID bookingId = change.current().bookingId();
        return transactions.inTransaction(() -> {
            KnownBooking known = knownBookings.lock(bookingId);
            if (known.isCancelled()) {
                return new AppliedBookingChange.BookingAlreadyCancelled(bookingId, change.revision());
            }
            if (known.isStale(change.revision())) {
                return new AppliedBookingChange.Stale(bookingId, change.revision(), known.revision());
            }
            Instant now = clock.instant();
            List<Ticket> ofBooking = tickets.ofBooking(bookingId);
            VoidedTickets voided = change.voidTickets(ofBooking, now);
            tickets.updateStatus(voided.tickets());
            if (!voided.isEmpty()) {
                events.ticketsVoided(voided);
            }
            Optional<TicketIssuance> issued = change.issueMissingTickets(ofBooking, random, now,
                    passes.withActiveKey());
            issued.ifPresent(issuance -> {
                tickets.addAll(issuance.tickets());
                events.ticketsIssued(issuance);
                metrics.ticketsIssued(issuance.tickets().size());
            });
            knownBookings.save(known.changedTo(change.revision()));
            return new AppliedBookingChange.Applied(bookingId, change.revision(), voided.tickets(), issued);
        });
    }
}
