package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.EventSnapshots;
import com.evently.ticketing.platform.domain.Transactions;

/**
 * Keeps booking's copy of an event's description current, so that the next BookingConfirmed (and the tickets
 * printed from it) carries the new title. Bookings already confirmed keep the description they were sold with.
 */
public final class RevisingEventDetails {

    private final Transactions transactions;
    private final EventSnapshots eventSnapshots;

    public RevisingEventDetails(Transactions transactions, EventSnapshots eventSnapshots) {
        this.transactions = transactions;
        this.eventSnapshots = eventSnapshots;
    }

    /**
     * Takes over the new title, venue and time zone of a published event, so that later bookings carry them. Safe
     * to repeat and to receive out of order: a revision is stored only when it is newer than the one booking holds.
     * A revision of an event booking never received is ignored.
     */
    public void revise(ReviseEventDetailsCommand command) {
        // Sessions and ticket types never change after publication: the inventory is not touched.
        transactions.inTransaction(() -> eventSnapshots.reviseIfNewer(command.revision()));
    }
}
