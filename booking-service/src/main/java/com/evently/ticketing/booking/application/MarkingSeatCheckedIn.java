package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.Attendees;
import com.evently.ticketing.platform.domain.Transactions;

/**
 * Shows a seat's admission in the attendee list. Meant for the consumer of ticket-service's check-ins; joins the
 * consumer's inbox transaction.
 */
public final class MarkingSeatCheckedIn {

    private final Transactions transactions;
    private final Attendees attendees;

    public MarkingSeatCheckedIn(Transactions transactions, Attendees attendees) {
        this.transactions = transactions;
        this.attendees = attendees;
    }

    /** Safe to repeat and to receive out of order: the earliest admission of a seat stays. */
    public void mark(MarkSeatCheckedInCommand command) {
        transactions.inTransaction(() -> attendees.markCheckedIn(command.seatId(), command.checkedInAt()));
    }
}
