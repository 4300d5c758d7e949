package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.in.ReviseEventDetails;
import com.evently.ticketing.booking.application.port.in.ReviseEventDetailsCommand;
import com.evently.ticketing.booking.application.port.out.EventSnapshots;
import com.evently.ticketing.platform.domain.Transactions;

/**
 * Keeps booking's copy of an event's description current, so that the next BookingConfirmed (and the tickets
 * printed from it) carries the new title. Bookings already confirmed keep the description they were sold with.
 */
public final class RevisingEventDetails implements ReviseEventDetails {

    private final Transactions transactions;
    private final EventSnapshots eventSnapshots;

    public RevisingEventDetails(Transactions transactions, EventSnapshots eventSnapshots) {
        this.transactions = transactions;
        this.eventSnapshots = eventSnapshots;
    }

    @Override
    public void revise(ReviseEventDetailsCommand command) {
        // Sessions and ticket types never change after publication: the inventory is not touched.
        transactions.inTransaction(() -> eventSnapshots.reviseIfNewer(command.revision()));
    }
}
