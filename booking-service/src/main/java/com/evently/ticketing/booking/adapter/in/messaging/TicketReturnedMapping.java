package com.evently.ticketing.booking.adapter.in.messaging;

import com.evently.ticketing.booking.application.UpdateSeatHolderCommand;
import com.evently.ticketing.booking.domain.SeatHolder;
import com.evently.ticketing.booking.domain.SeatId;
import com.evently.ticketing.booking.domain.SeatTransfer;
import com.evently.ticketing.contracts.ticket.TicketReturned;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import com.evently.ticketing.platform.inbox.MalformedEventException;

/**
 * Contract → command: an unclaimed ticket back with its giver changes the seat's holder as a transfer back would,
 * from the ticket held for the claim to the giver's new one.
 */
final class TicketReturnedMapping {

    static UpdateSeatHolderCommand toCommand(IncomingEvent<TicketReturned> event) {
        TicketReturned returned = event.payload();
        try {
            return new UpdateSeatHolderCommand(new SeatTransfer(new SeatId(returned.seatId()), returned.ticketId(),
                    returned.unclaimedTicketId(), new SeatHolder(returned.holderName(), returned.holderEmail()),
                    returned.occurredAt()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("TicketReturned " + event.id() + " breaks its contract: " + e.getMessage(), e);
        }
    }

    private TicketReturnedMapping() {
    }
}
