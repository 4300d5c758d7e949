package com.evently.ticketing.ticket.application.port.out;

import com.evently.ticketing.ticket.domain.Ticket;

import java.util.Objects;

/** A ticket with the QR code of its pass, ready to be laid out on a page. */
public record PrintableTicket(Ticket ticket, QrSymbol qrCode) {

    public PrintableTicket {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(qrCode, "qrCode");
    }
}
