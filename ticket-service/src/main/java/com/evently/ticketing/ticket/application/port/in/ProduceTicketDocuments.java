package com.evently.ticketing.ticket.application.port.in;

import com.evently.ticketing.ticket.domain.Actor;
import com.evently.ticketing.ticket.domain.TicketNotFoundException;

import java.util.UUID;

/** The printable forms of tickets: the QR code to scan at the door and the PDF to keep. */
public interface ProduceTicketDocuments {

    /** @throws TicketNotFoundException as {@link ViewTickets#byId} */
    byte[] qrCodePng(UUID ticketId, Actor actor);

    /** A one-page PDF. @throws TicketNotFoundException as {@link ViewTickets#byId} */
    byte[] ticketPdf(UUID ticketId, Actor actor);

    /**
     * One PDF with a page per ticket of the booking, for trusted services (the mailer) only: no actor check.
     *
     * @throws TicketNotFoundException when the booking has no tickets (yet)
     */
    byte[] bookingPdf(UUID bookingId);
}
