package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.domain.Ticket;

import java.util.List;
import java.util.UUID;

/** What {@link ApplyingBookingCancellation} did. */
public sealed interface AppliedBookingCancellation {

    /** The booking is now known as cancelled; {@code voided} are the tickets that stopped working (maybe none yet). */
    record Voided(UUID bookingId, List<Ticket> voided) implements AppliedBookingCancellation {
    }

    /** The cancellation was applied before (a re-published notice): nothing changed. */
    record AlreadyCancelled(UUID bookingId) implements AppliedBookingCancellation {
    }
}
