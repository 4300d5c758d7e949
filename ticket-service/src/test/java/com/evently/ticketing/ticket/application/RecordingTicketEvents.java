package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.application.port.out.TicketEvents;
import com.evently.ticketing.ticket.domain.CheckIn;
import com.evently.ticketing.ticket.domain.CheckInUndone;
import com.evently.ticketing.ticket.domain.ClaimedTicket;
import com.evently.ticketing.ticket.domain.ReturnedTicket;
import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketAdmitted;
import com.evently.ticketing.ticket.domain.TicketIssuance;
import com.evently.ticketing.ticket.domain.TicketTransfer;
import com.evently.ticketing.ticket.domain.VoidedTickets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Keeps what was announced, and whether each announcement was made inside a transaction. */
final class RecordingTicketEvents implements TicketEvents {

    final List<TicketIssuance> issued = new ArrayList<>();
    final List<CheckIn> checkedIn = new ArrayList<>();
    final List<TicketTransfer> transferred = new ArrayList<>();
    final List<ClaimedTicket> claimed = new ArrayList<>();
    final List<ReturnedTicket> returned = new ArrayList<>();
    final List<List<Ticket>> voidedByChange = new ArrayList<>();
    final List<List<Ticket>> voidedByCancellation = new ArrayList<>();
    final List<Ticket> checkInsUndone = new ArrayList<>();
    final List<Boolean> insideTransaction = new ArrayList<>();
    private final BooleanSupplier inTransaction;

    RecordingTicketEvents(BooleanSupplier inTransaction) {
        this.inTransaction = inTransaction;
    }

    @Override
    public void ticketsIssued(TicketIssuance issuance) {
        issued.add(issuance);
        insideTransaction.add(inTransaction.getAsBoolean());
    }

    @Override
    public void ticketTransferred(TicketTransfer transfer) {
        transferred.add(transfer);
        insideTransaction.add(inTransaction.getAsBoolean());
    }

    @Override
    public void ticketClaimed(ClaimedTicket claim) {
        claimed.add(claim);
        insideTransaction.add(inTransaction.getAsBoolean());
    }

    @Override
    public void ticketReturned(ReturnedTicket ticket) {
        returned.add(ticket);
        insideTransaction.add(inTransaction.getAsBoolean());
    }

    @Override
    public void ticketAdmitted(TicketAdmitted admitted) {
        checkedIn.add(admitted.checkIn());
        insideTransaction.add(inTransaction.getAsBoolean());
    }

    @Override
    public void ticketsVoided(VoidedTickets voided) {
        switch (voided.cause()) {
            case BOOKING_CHANGED -> voidedByChange.add(voided.tickets());
            case BOOKING_CANCELLED -> voidedByCancellation.add(voided.tickets());
        }
        insideTransaction.add(inTransaction.getAsBoolean());
    }

    @Override
    public void checkInUndone(CheckInUndone undone) {
        checkInsUndone.add(undone.ticket());
        insideTransaction.add(inTransaction.getAsBoolean());
    }
}
