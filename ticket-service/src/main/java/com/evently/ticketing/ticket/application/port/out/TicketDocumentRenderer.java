package com.evently.ticketing.ticket.application.port.out;

import java.util.List;

/** Lays tickets out as a PDF, one page per ticket. */
public interface TicketDocumentRenderer {

    byte[] pdf(List<PrintableTicket> tickets);
}
