package com.evently.ticketing.booking.adapter.in.messaging;

import com.evently.ticketing.booking.application.UpdateSeatHolderCommand;
import com.evently.ticketing.booking.domain.SeatHolder;
import com.evently.ticketing.booking.domain.SeatId;
import com.evently.ticketing.booking.domain.SeatTransfer;
import com.evently.ticketing.contracts.ticket.TicketTransferred;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import com.evently.ticketing.platform.inbox.MalformedEventException;

/** Contract → command. */
final class TicketTransferredMapping {

    static UpdateSeatHolderCommand toCommand(IncomingEvent<TicketTransferred> event) {
        TicketTransferred transferred = event.payload();
        try {
            return new UpdateSeatHolderCommand(new SeatTransfer(new SeatId(transferred.seatId()),
                    transferred.ticketId(), transferred.previousTicketId(),
                    new SeatHolder(transferred.holderName(), transferred.holderEmail()), transferred.occurredAt()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("TicketTransferred " + event.id() + " breaks its contract: " + e.getMessage(), e);
        }
    }

    private TicketTransferredMapping() {
    }
}
