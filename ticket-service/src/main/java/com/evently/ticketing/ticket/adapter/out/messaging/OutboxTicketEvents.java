package com.evently.ticketing.ticket.adapter.out.messaging;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.ticket.TicketsIssued;
import com.evently.ticketing.platform.outbox.OutboxWriter;
import com.evently.ticketing.ticket.application.port.out.TicketEvents;
import com.evently.ticketing.ticket.domain.ConfirmedBooking;
import com.evently.ticketing.ticket.domain.EventSnapshot;
import com.evently.ticketing.ticket.domain.TicketIssuance;

/** Domain → contract, written to the outbox of the current transaction. */
public class OutboxTicketEvents implements TicketEvents {

    private final OutboxWriter.AggregateOutbox outbox;

    public OutboxTicketEvents(OutboxWriter outbox) {
        // keyed by booking, so that every event about one booking stays in order on its partition
        this.outbox = outbox.forAggregate("Booking");
    }

    @Override
    public void ticketsIssued(TicketIssuance issuance) {
        ConfirmedBooking booking = issuance.booking();
        outbox.append(EventTypes.TICKETS_ISSUED, booking.bookingId(), toContract(issuance));
    }

    static TicketsIssued toContract(TicketIssuance issuance) {
        ConfirmedBooking booking = issuance.booking();
        EventSnapshot event = booking.event();
        return new TicketsIssued(
                booking.bookingId(),
                booking.userId(),
                booking.holder().email(),
                booking.holder().name(),
                booking.eventId(),
                event.title(),
                event.venue(),
                event.timeZone().getId(),
                event.sessionName(),
                event.sessionStartsAt(),
                event.ticketTypeName(),
                issuance.tickets().stream()
                        .map(ticket -> new TicketsIssued.IssuedTicket(ticket.id(), ticket.seatId(), ticket.code().value()))
                        .toList(),
                issuance.issuedAt());
    }
}
