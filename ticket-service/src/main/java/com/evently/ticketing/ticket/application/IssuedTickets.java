package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.domain.TicketIssuance;

import java.util.UUID;

/**
 * What {@link IssuingTickets} did: tickets were made now, or the booking already had them or was cancelled before
 * its confirmation got here, and nothing changed.
 */
public sealed interface IssuedTickets {

    record Issued(TicketIssuance issuance) implements IssuedTickets {
    }

    record AlreadyIssued(UUID bookingId) implements IssuedTickets {
    }

    record BookingAlreadyCancelled(UUID bookingId) implements IssuedTickets {
    }
}
