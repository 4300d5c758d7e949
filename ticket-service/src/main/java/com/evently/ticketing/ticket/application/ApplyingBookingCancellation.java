package com.evently.ticketing.ticket.application;

import com.evently.ticketing.platform.domain.Transactions;
import com.evently.ticketing.ticket.application.port.out.KnownBookings;
import com.evently.ticketing.ticket.application.port.out.TicketEvents;
import com.evently.ticketing.ticket.application.port.out.Tickets;
import com.evently.ticketing.ticket.domain.CancelledBooking;
import com.evently.ticketing.ticket.domain.KnownBooking;
import com.evently.ticketing.ticket.domain.VoidedTickets;

import java.time.Clock;
import java.time.Instant;

/**
 * A cancelled booking's tickets become void (announced, so that figures elsewhere stop counting them), and the booking is remembered as cancelled so that a confirmation or
 * change of it arriving later issues nothing. Joins the caller's transaction (the inbox's) when there is one.
 */
public class ApplyingBookingCancellation {

    private final Transactions transactions;
    private final KnownBookings knownBookings;
    private final Tickets tickets;
    private final TicketEvents events;
    private final Clock clock;

    public ApplyingBookingCancellation(Transactions transactions, KnownBookings knownBookings, Tickets tickets,
                                       TicketEvents events, Clock clock) {
        this.transactions = transactions;
        this.knownBookings = knownBookings;
        this.tickets = tickets;
        this.events = events;
        this.clock = clock;
    }

    public AppliedBookingCancellation apply(CancelledBooking cancellation) {
        return transactions.inTransaction(() -> {
            KnownBooking known = knownBookings.lock(cancellation.bookingId());
            if (known.isCancelled()) {
                return new AppliedBookingCancellation.AlreadyCancelled(cancellation.bookingId());
            }
            Instant now = clock.instant();
            knownBookings.save(known.cancelled(now, cancellation.reason()));
            VoidedTickets voided = cancellation.voidTickets(tickets.ofBooking(cancellation.bookingId()), now);
            tickets.updateStatus(voided.tickets());
            if (!voided.isEmpty()) {
                events.ticketsVoided(voided);
            }
            return new AppliedBookingCancellation.Voided(cancellation.bookingId(), voided.tickets());
        });
    }
}
