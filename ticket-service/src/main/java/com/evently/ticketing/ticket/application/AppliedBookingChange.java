package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketIssuance;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What {@link ApplyingBookingChange} did. */
public sealed interface AppliedBookingChange {

    /** Tickets of released seats voided, tickets of seats without one issued (each part maybe empty). */
    record Applied(UUID bookingId, int revision, List<Ticket> voided, Optional<TicketIssuance> issued)
            implements AppliedBookingChange {
    }

    /** This change or a newer one was applied before: nothing changed. */
    record Stale(UUID bookingId, int revision, int knownRevision) implements AppliedBookingChange {
    }

    /** The booking was cancelled: a change that arrives afterwards issues nothing. */
    record BookingAlreadyCancelled(UUID bookingId, int revision) implements AppliedBookingChange {
    }
}
