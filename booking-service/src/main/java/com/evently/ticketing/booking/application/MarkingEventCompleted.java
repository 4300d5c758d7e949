package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.CompletedEvents;
import com.evently.ticketing.booking.application.port.out.Inventory;
import com.evently.ticketing.platform.domain.Transactions;

/**
 * Closes the sales of a completed event, in the transaction of the consumed EventCompleted. Unlike a cancellation,
 * its bookings stay confirmed: the event took place.
 */
public final class MarkingEventCompleted {

    private final Transactions transactions;
    private final Inventory inventory;
    private final CompletedEvents completedEvents;

    public MarkingEventCompleted(Transactions transactions, Inventory inventory, CompletedEvents completedEvents) {
        this.transactions = transactions;
        this.inventory = inventory;
        this.completedEvents = completedEvents;
    }

    /** Stops all sales of the event. Safe to repeat: the first completion notice stays. */
    public void markCompleted(MarkEventCompletedCommand command) {
        transactions.inTransaction(() -> {
            // As for a cancellation (MarkingEventCancelled): every booking holding a line either committed before
            // this or waits here and then sees the completion under its own lock.
            inventory.lockLinesOf(command.completion().eventId());
            completedEvents.addIfAbsent(command.completion());
        });
    }
}
