package com.evently.ticketing.booking.adapter.in.messaging;

import com.evently.ticketing.booking.domain.SeatClaim;
import com.evently.ticketing.booking.domain.SeatHolder;
import com.evently.ticketing.booking.domain.SeatId;
import com.evently.ticketing.contracts.ticket.TicketClaimed;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import com.evently.ticketing.platform.inbox.MalformedEventException;

/** Contract → domain. */
final class TicketClaimedMapping {

    static SeatClaim toClaim(IncomingEvent<TicketClaimed> event) {
        TicketClaimed claimed = event.payload();
        try {
            return new SeatClaim(new SeatId(claimed.seatId()), claimed.ticketId(),
                    new SeatHolder(claimed.holderName(), claimed.holderEmail()), claimed.occurredAt());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("TicketClaimed " + event.id() + " breaks its contract: " + e.getMessage(), e);
        }
    }

    private TicketClaimedMapping() {
    }
}
