package com.evently.ticketing.ticket.application.port.out;

import com.evently.ticketing.ticket.domain.Ticket;

import java.util.Objects;

/** A ticket with its QR code already drawn, ready to be laid out on a page. */
public record PrintableTicket(Ticket ticket, byte[] qrCodePng) {

    public PrintableTicket {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(qrCodePng, "qrCodePng");
    }
}
