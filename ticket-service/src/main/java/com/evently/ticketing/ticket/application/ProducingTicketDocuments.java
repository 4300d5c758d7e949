package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.application.port.in.ProduceTicketDocuments;
import com.evently.ticketing.ticket.application.port.in.ViewTickets;
import com.evently.ticketing.ticket.application.port.out.PrintableTicket;
import com.evently.ticketing.ticket.application.port.out.QrCodes;
import com.evently.ticketing.ticket.application.port.out.TicketDocumentRenderer;
import com.evently.ticketing.ticket.application.port.out.Tickets;
import com.evently.ticketing.ticket.domain.Actor;
import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketNotFoundException;

import java.util.List;
import java.util.UUID;

public class ProducingTicketDocuments implements ProduceTicketDocuments {

    private final ViewTickets viewTickets;
    private final Tickets tickets;
    private final QrCodes qrCodes;
    private final TicketDocumentRenderer renderer;

    public ProducingTicketDocuments(ViewTickets viewTickets, Tickets tickets, QrCodes qrCodes,
                                    TicketDocumentRenderer renderer) {
        this.viewTickets = viewTickets;
        this.tickets = tickets;
        this.qrCodes = qrCodes;
        this.renderer = renderer;
    }

    @Override
    public byte[] qrCodePng(UUID ticketId, Actor actor) {
        return qrCodes.png(viewTickets.byId(ticketId, actor).checkInPayload());
    }

    @Override
    public byte[] ticketPdf(UUID ticketId, Actor actor) {
        return renderer.pdf(List.of(printable(viewTickets.byId(ticketId, actor))));
    }

    @Override
    public byte[] bookingPdf(UUID bookingId) {
        List<Ticket> ofBooking = tickets.ofBooking(bookingId);
        if (ofBooking.isEmpty()) {
            throw TicketNotFoundException.ofBooking(bookingId);
        }
        return renderer.pdf(ofBooking.stream().map(this::printable).toList());
    }

    private PrintableTicket printable(Ticket ticket) {
        return new PrintableTicket(ticket, qrCodes.png(ticket.checkInPayload()));
    }
}
