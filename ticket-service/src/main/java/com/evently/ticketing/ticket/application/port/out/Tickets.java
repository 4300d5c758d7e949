package com.evently.ticketing.ticket.application.port.out;

import com.evently.ticketing.ticket.domain.Revocation;
import com.evently.ticketing.ticket.domain.Ticket;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every ticket ever issued. */
public interface Tickets {

    /** Stores new tickets; a seat that already has a ticket makes the whole call fail. */
    void addAll(List<Ticket> tickets);

    /** Stores the status, its time and its reason of tickets that are stored already. */
    void updateStatus(List<Ticket> tickets);

    /** Stores the account, holder, pass and claim state of a ticket that is stored already (a claim). */
    void updateHolder(Ticket ticket);

    Optional<Ticket> byId(UUID ticketId);

    /** The revoked ticket that the transfer of {@code transferred} replaced: its giver's, for the same seat. */
    Optional<Ticket> givenAwayFor(Ticket transferred);

    /** The booking's tickets in a stable order (the order they were issued in). */
    List<Ticket> ofBooking(UUID bookingId);

    boolean anyIssuedFor(UUID bookingId);

    /**
     * A page of the tickets issued to {@code userId}'s account or made out to {@code email} (but not held for a
     * claim), newest first.
     */
    List<Ticket> heldBy(UUID userId, String email, int page, int size);

    long countHeldBy(UUID userId, String email);

    /** The event's tickets that stopped being valid after {@code since} (all of them when null), oldest first. */
    List<Revocation> revokedSince(UUID eventId, Instant since);
}
