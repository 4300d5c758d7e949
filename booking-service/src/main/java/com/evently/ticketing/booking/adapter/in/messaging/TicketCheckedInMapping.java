package com.evently.ticketing.booking.adapter.in.messaging;

import com.evently.ticketing.booking.application.MarkSeatCheckedInCommand;
import com.evently.ticketing.booking.domain.SeatId;
import com.evently.ticketing.contracts.ticket.TicketCheckedIn;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import com.evently.ticketing.platform.inbox.MalformedEventException;

/** Contract → command. */
final class TicketCheckedInMapping {

    // checkedInAt, not occurredAt: an offline scanner reports its admissions later than they happened.
    static MarkSeatCheckedInCommand toCommand(IncomingEvent<TicketCheckedIn> event) {
        TicketCheckedIn checkedIn = event.payload();
        try {
            return new MarkSeatCheckedInCommand(new SeatId(checkedIn.seatId()), checkedIn.checkedInAt());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("TicketCheckedIn " + event.id() + " breaks its contract: " + e.getMessage(), e);
        }
    }

    private TicketCheckedInMapping() {
    }
}
