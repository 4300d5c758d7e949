package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.application.port.out.PrintableTicket;
import com.evently.ticketing.ticket.application.port.out.QrCodes;
import com.evently.ticketing.ticket.application.port.out.TicketDocumentRenderer;
import com.evently.ticketing.ticket.application.port.out.Tickets;
import com.evently.ticketing.ticket.domain.Actor;
import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketNotFound;

import java.util.List;
import java.util.UUID;

/** The printable forms of tickets: the QR code to scan at the door and the PDF to keep. */
public class ProducingTicketDocuments {

    private final ViewingTickets viewingTickets;
    private final Tickets tickets;
    private final QrCodes qrCodes;
    private final TicketDocumentRenderer renderer;

    public ProducingTicketDocuments(ViewingTickets viewingTickets, Tickets tickets, QrCodes qrCodes,
                                    TicketDocumentRenderer renderer) {
        this.viewingTickets = viewingTickets;
        this.tickets = tickets;
        this.qrCodes = qrCodes;
        this.renderer = renderer;
    }

    /** @throws TicketNotFound as {@link ViewingTickets#byId} */
    public byte[] qrCodePng(UUID ticketId, Actor actor) {
        return qrCodes.png(viewingTickets.byId(ticketId, actor).pass());
    }

    /** A one-page PDF. @throws TicketNotFound as {@link ViewingTickets#byId} */
    public byte[] ticketPdf(UUID ticketId, Actor actor) {
        return renderer.pdf(List.of(printable(viewingTickets.byId(ticketId, actor))));
    }

    /**
     * One PDF with a page per valid ticket the booking's buyer still holds, for trusted services (the mailer)
     * only: no actor check.
     *
     * @throws TicketNotFound when the booking has no such tickets (yet, or any more)
     */
    public byte[] bookingPdf(UUID bookingId) {
        // what the buyer is mailed: the tickets that admit, and not one given away, whose pass is its new holder's
        List<Ticket> buyers = tickets.ofBooking(bookingId).stream()
                .filter(ticket -> ticket.isValid() && ticket.userId() != null)
                .toList();
        if (buyers.isEmpty()) {
            throw TicketNotFound.ofBooking(bookingId);
        }
        return renderer.pdf(buyers.stream().map(this::printable).toList());
    }

    /**
     * One PDF with a page per valid ticket of the booking the actor holds (an admin: every valid one).
     *
     * @throws TicketNotFound when the actor holds no valid ticket of the booking
     */
    public byte[] bookingPdf(UUID bookingId, Actor actor) {
        List<Ticket> held = viewingTickets.ofBooking(bookingId, actor).stream().filter(Ticket::isValid).toList();
        if (held.isEmpty()) {
            throw TicketNotFound.ofBooking(bookingId);
        }
        return renderer.pdf(held.stream().map(this::printable).toList());
    }

    private PrintableTicket printable(Ticket ticket) {
        return new PrintableTicket(ticket, qrCodes.symbol(ticket.pass()));
    }
}
