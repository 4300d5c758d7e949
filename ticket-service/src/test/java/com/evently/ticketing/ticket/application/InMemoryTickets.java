package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.application.port.out.Tickets;
import com.evently.ticketing.ticket.domain.Revocation;
import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The ticket store in a list, refusing a second ticket for a seat as the database's unique index does. */
final class InMemoryTickets implements Tickets {

    private final List<Ticket> stored = new ArrayList<>();

    @Override
    public void addAll(List<Ticket> tickets) {
        // all or nothing, like the one INSERT batch inside the use case's transaction
        for (Ticket ticket : tickets) {
            // as the partial unique index: a revoked ticket leaves its seat to the ticket that replaced it
            if (stored.stream().anyMatch(existing -> existing.seatId().equals(ticket.seatId())
                    && existing.status() != TicketStatus.REVOKED)) {
                throw new IllegalStateException("Seat " + ticket.seatId() + " already has a ticket");
            }
        }
        stored.addAll(tickets);
    }

    @Override
    public void updateStatus(List<Ticket> tickets) {
        for (Ticket ticket : tickets) {
            int index = stored.indexOf(byId(ticket.id()).orElseThrow());
            stored.set(index, ticket);
        }
    }

    @Override
    public void updateHolder(Ticket ticket) {
        stored.set(stored.indexOf(byId(ticket.id()).orElseThrow()), ticket);
    }

    @Override
    public Optional<Ticket> byId(UUID ticketId) {
        return stored.stream().filter(ticket -> ticket.id().equals(ticketId)).findFirst();
    }

    @Override
    public Optional<Ticket> givenAwayFor(Ticket transferred) {
        return stored.stream()
                .filter(ticket -> ticket.seatId().equals(transferred.seatId()) && !ticket.id().equals(transferred.id()))
                .filter(ticket -> ticket.status() == TicketStatus.REVOKED
                        && !ticket.statusChangedAt().isAfter(transferred.issuedAt()))
                .max(Comparator.comparing(Ticket::statusChangedAt));
    }

    @Override
    public List<Ticket> ofBooking(UUID bookingId) {
        return stored.stream().filter(ticket -> ticket.bookingId().equals(bookingId)).toList();
    }

    @Override
    public boolean anyIssuedFor(UUID bookingId) {
        return !ofBooking(bookingId).isEmpty();
    }

    @Override
    public List<Revocation> revokedSince(UUID eventId, Instant since) {
        return stored.stream()
                .filter(ticket -> ticket.eventId().equals(eventId) && !ticket.isValid())
                .filter(ticket -> since == null || ticket.statusChangedAt().isAfter(since))
                .sorted(Comparator.comparing(Ticket::statusChangedAt))
                .map(ticket -> new Revocation(ticket.id(), ticket.status(), ticket.statusChangedAt()))
                .toList();
    }

    @Override
    public List<Ticket> heldBy(UUID userId, String email, int page, int size) {
        return stored.stream().filter(ticket -> held(ticket, userId, email))
                .sorted(Comparator.comparing(Ticket::issuedAt).reversed())
                .skip((long) page * size).limit(size).toList();
    }

    @Override
    public long countHeldBy(UUID userId, String email) {
        return stored.stream().filter(ticket -> held(ticket, userId, email)).count();
    }

    private static boolean held(Ticket ticket, UUID userId, String email) {
        return ticket.belongsTo(userId)
                || (!ticket.awaitingClaim() && email != null && ticket.holder().email().equalsIgnoreCase(email));
    }

    List<Ticket> all() {
        return List.copyOf(stored);
    }
}
