package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.CancelledEvents;
import com.evently.ticketing.booking.application.port.out.Inventory;
import com.evently.ticketing.booking.domain.EventCancellation;
import com.evently.ticketing.platform.domain.Transactions;

/**
 * Closes a cancelled event's sales, in the transaction of the consumed EventCancelled. Its bookings are cancelled
 * afterwards, batch by batch, by {@link CancellingEventBookings}: one transaction for all of them would hold every
 * line of the event for as long as thousands of bookings take.
 */
public final class MarkingEventCancelled {

    private final Transactions transactions;
    private final Inventory inventory;
    private final CancelledEvents cancelledEvents;

    public MarkingEventCancelled(Transactions transactions, Inventory inventory, CancelledEvents cancelledEvents) {
        this.transactions = transactions;
        this.inventory = inventory;
        this.cancelledEvents = cancelledEvents;
    }

    /**
     * Stops all sales of a cancelled event; its bookings are left to {@link CancellingEventBookings}. Safe to repeat: the first cancellation
     * notice stays. Also remembers the cancellation of an event booking has not received yet, so that it never goes
     * on sale here.
     */
    public void markCancelled(MarkEventCancelledCommand command) {
        EventCancellation cancellation = command.cancellation();
        transactions.inTransaction(() -> {
            // Bookings check for a cancellation while holding their line (PlacingBooking). Holding every line of
            // the event until this commits puts each booking clearly before the cancellation (it held its line
            // first, so this waited for it to commit) or after it (it waited here, then sees the cancellation).
            inventory.lockLinesOf(cancellation.eventId());
            // An event booking never received has no lines: the cancellation is still stored, as a tombstone,
            // so that an EventPublished arriving late cannot put the event on sale.
            cancelledEvents.addIfAbsent(cancellation);
        });
    }
}
