package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.in.ReviseEventDetails;
import com.evently.ticketing.booking.application.port.in.ReviseEventDetailsCommand;
import com.evently.ticketing.booking.application.port.out.PublishedEvents;
import com.evently.ticketing.booking.application.port.out.Transactions;

/**
 * Keeps booking's copy of an event's description current, so that the next BookingConfirmed (and the tickets
 * printed from it) carries the new title. Bookings already confirmed keep the description they were sold with.
 */
public final class RevisingEventDetails implements ReviseEventDetails {

    private final Transactions transactions;
    private final PublishedEvents publishedEvents;

    public RevisingEventDetails(Transactions transactions, PublishedEvents publishedEvents) {
        this.transactions = transactions;
        this.publishedEvents = publishedEvents;
    }

    @Override
    public void revise(ReviseEventDetailsCommand command) {
        // Sessions and ticket types never change after publication: the inventory is not touched.
        transactions.inTransaction(() -> publishedEvents.reviseIfNewer(command.revision()));
    }
}
