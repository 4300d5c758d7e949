package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.TicketFacts;
import com.evently.ticketing.analytics.domain.IssuedTickets;
import com.evently.ticketing.analytics.domain.TicketTransfer;
import com.evently.ticketing.analytics.domain.VoidedTickets;

/** Keeps the tickets issued, transferred and voided. Runs in the consumer's inbox transaction. */
public class RecordingTickets {

    private final TicketFacts tickets;

    public RecordingTickets(TicketFacts tickets) {
        this.tickets = tickets;
    }

    public void issued(IssuedTickets issued) {
        tickets.recordIssued(issued);
    }

    public void transferred(TicketTransfer transfer) {
        tickets.recordTransfer(transfer);
    }

    public void voided(VoidedTickets voided) {
        tickets.recordVoided(voided);
    }
}
