package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.Attendees;
import com.evently.ticketing.platform.domain.Transactions;

/**
 * Names the new holder of a seat in the attendee list, once its ticket was transferred. Meant for the consumer of
 * ticket-service's transfers; joins the consumer's inbox transaction.
 */
public final class UpdatingSeatHolder {

    private final Transactions transactions;
    private final Attendees attendees;

    public UpdatingSeatHolder(Transactions transactions, Attendees attendees) {
        this.transactions = transactions;
        this.attendees = attendees;
    }

    /** Safe to repeat; a seat booking does not know (or no longer holds) is left alone. */
    public void update(UpdateSeatHolderCommand command) {
        transactions.inTransaction(() -> attendees.updateHolder(command.seatId(), command.holder()));
    }
}
