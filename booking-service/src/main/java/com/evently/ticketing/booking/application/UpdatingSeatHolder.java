package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.Attendees;
import com.evently.ticketing.booking.domain.SeatClaim;
import com.evently.ticketing.platform.domain.Transactions;

/**
 * Names the new holder of a seat in the attendee list, once its ticket was transferred or a transferred ticket held
 * for a claim was claimed. Meant for the consumer of ticket-service's transfers and claims; joins the consumer's inbox
 * transaction.
 */
public final class UpdatingSeatHolder {

    private final Transactions transactions;
    private final Attendees attendees;

    public UpdatingSeatHolder(Transactions transactions, Attendees attendees) {
        this.transactions = transactions;
        this.attendees = attendees;
    }

    /**
     * Safe to repeat and to receive out of order: a transfer older than the one that named the current holder is
     * ignored. A seat booking does not know (or no longer holds) is left alone.
     *
     * @return whether the seat now shows this transfer's holder
     */
    public boolean update(UpdateSeatHolderCommand command) {
        return transactions.inTransaction(() -> attendees.updateHolder(command.transfer()));
    }

    /**
     * Safe to repeat: the claim applies while the seat shows the claimed ticket (the transfer that made it came
     * first, as both are keyed by the booking); once the seat shows a later transfer, the claim changes nothing.
     *
     * @return whether the seat now shows the claimant
     */
    public boolean update(SeatClaim claim) {
        return transactions.inTransaction(() -> attendees.updateHolder(claim));
    }
}
