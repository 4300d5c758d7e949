package com.evently.ticketing.ticket.application.port.out;

import com.evently.ticketing.ticket.domain.Ticket;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every ticket ever issued. */
public interface Tickets {

    /** Stores new tickets; a seat that already has a ticket makes the whole call fail. */
    void addAll(List<Ticket> tickets);

    Optional<Ticket> byId(UUID ticketId);

    /** The booking's tickets in a stable order (the order they were issued in). */
    List<Ticket> ofBooking(UUID bookingId);

    boolean anyIssuedFor(UUID bookingId);
}
