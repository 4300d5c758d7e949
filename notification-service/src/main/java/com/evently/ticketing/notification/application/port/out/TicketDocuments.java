package com.evently.ticketing.notification.application.port.out;

import com.evently.ticketing.notification.domain.TicketsPdf;

import java.util.UUID;

/** The printable tickets of a booking, kept by the service that issues tickets. */
public interface TicketDocuments {

    /** @throws TicketDocumentsUnavailable when they cannot be had right now */
    TicketsPdf ticketsPdfOf(UUID bookingId);
}
