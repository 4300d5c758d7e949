package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.EventSnapshots;
import com.evently.ticketing.booking.application.port.out.Inventory;
import com.evently.ticketing.platform.domain.Transactions;

/**
 * Opens an event's inventory. Called for every delivery of EventPublished, including redeliveries and
 * re-publications: existing lines are never reset, or seats already sold would be sold a second time.
 */
public final class StockingInventory {

    private final Transactions transactions;
    private final EventSnapshots eventSnapshots;
    private final Inventory inventory;

    public StockingInventory(Transactions transactions, EventSnapshots eventSnapshots, Inventory inventory) {
        this.transactions = transactions;
        this.eventSnapshots = eventSnapshots;
        this.inventory = inventory;
    }

    /**
     * Puts a published event on sale: remembers it and opens one inventory line per session and ticket type. Safe
     * to repeat: an event already on sale keeps its lines and the seats sold from them.
     */
    public void stock(StockInventoryCommand command) {
        transactions.inTransaction(() -> {
            eventSnapshots.addIfAbsent(command.event());
            inventory.addMissing(command.event().inventoryLines());
        });
    }
}
