package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.application.port.out.Tickets;
import com.evently.ticketing.ticket.domain.Ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The ticket store in a list, refusing a second ticket for a seat as the database's {@code UNIQUE (seat_id)} does. */
final class InMemoryTickets implements Tickets {

    private final List<Ticket> stored = new ArrayList<>();

    @Override
    public void addAll(List<Ticket> tickets) {
        // all or nothing, like the one INSERT batch inside the use case's transaction
        for (Ticket ticket : tickets) {
            if (stored.stream().anyMatch(existing -> existing.seatId().equals(ticket.seatId()))) {
                throw new IllegalStateException("Seat " + ticket.seatId() + " already has a ticket");
            }
        }
        stored.addAll(tickets);
    }

    @Override
    public Optional<Ticket> byId(UUID ticketId) {
        return stored.stream().filter(ticket -> ticket.id().equals(ticketId)).findFirst();
    }

    @Override
    public List<Ticket> ofBooking(UUID bookingId) {
        return stored.stream().filter(ticket -> ticket.bookingId().equals(bookingId)).toList();
    }

    @Override
    public boolean anyIssuedFor(UUID bookingId) {
        return !ofBooking(bookingId).isEmpty();
    }

    List<Ticket> all() {
        return List.copyOf(stored);
    }
}
