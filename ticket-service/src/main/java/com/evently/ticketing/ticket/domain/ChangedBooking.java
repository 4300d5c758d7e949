package com.evently.ticketing.ticket.domain;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A booking that was edited, as booking-service announced it: {@code current} is the booking as it stands after
 * change number {@code revision} (its line, holder and every seat it now holds).
 * <p>
 * Tickets follow {@code current}'s seats rather than the change's lists of released and added seats: a booking's
 * changes may be applied out of order or skipped as stale, and the latest one's full seat list is then still right.
 */
public record ChangedBooking(int revision, ConfirmedBooking current) {

    public ChangedBooking {
        Objects.requireNonNull(current, "current");
        if (revision < 1) {
            throw new IllegalArgumentException("A booking change has a revision of at least 1");
        }
    }

    /** The valid tickets of seats the booking no longer holds, made void. */
    public VoidedTickets voidTickets(List<Ticket> ofBooking, Instant now) {
        Set<UUID> held = Set.copyOf(current.seatIds());
        String reason = "Seat released when the booking was changed (revision " + revision + ")";
        List<Ticket> voided = ofBooking.stream()
                .filter(ticket -> ticket.isValid() && !held.contains(ticket.seatId()))
                .map(ticket -> ticket.voided(now, reason))
                .toList();
        return new VoidedTickets(current.bookingId(), voided, VoidedTickets.Cause.BOOKING_CHANGED, now);
    }

    /** Tickets for the seats that have none yet (whatever became of other seats' tickets), or nothing. */
    public Optional<TicketIssuance> issueMissingTickets(List<Ticket> ofBooking, SecureRandom random, Instant now,
                                                        PassIssuer passes) {
        Set<UUID> ticketed = ofBooking.stream().map(Ticket::seatId).collect(Collectors.toSet());
        List<UUID> missing = current.seatIds().stream().filter(seat -> !ticketed.contains(seat)).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(current.withSeats(missing).issueTickets(random, now, passes));
    }
}
