package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.Inventory;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Instant;
import java.util.UUID;

/**
 * Stops selling a ticket type the catalog retired (catalog.TicketTypeRetired). Its bookings stay, and may still be
 * cancelled or shrink. Safe to repeat: the first retirement stays.
 */
public final class RetiringTicketType {

    private final Transactions transactions;
    private final Inventory inventory;

    public RetiringTicketType(Transactions transactions, Inventory inventory) {
        this.transactions = transactions;
        this.inventory = inventory;
    }

    public void retire(UUID eventId, UUID ticketTypeId, Instant retiredAt) {
        transactions.inTransaction(() -> {
            // Bookings ask under their line's lock whether it is retired: holding every line of the event orders
            // each booking clearly before or after the retirement (as MarkingEventCancelled does).
            inventory.lockLinesOf(eventId);
            inventory.retire(eventId, ticketTypeId, retiredAt);
        });
    }
}
