package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.in.StockInventory;
import com.evently.ticketing.booking.application.port.in.StockInventoryCommand;
import com.evently.ticketing.booking.application.port.out.Inventory;
import com.evently.ticketing.booking.application.port.out.PublishedEvents;
import com.evently.ticketing.booking.application.port.out.Transactions;

/**
 * Opens an event's inventory. Called for every delivery of EventPublished, including redeliveries and
 * re-publications: existing lines are never reset, or seats already sold would be sold a second time.
 */
public final class StockingInventory implements StockInventory {

    private final Transactions transactions;
    private final PublishedEvents publishedEvents;
    private final Inventory inventory;

    public StockingInventory(Transactions transactions, PublishedEvents publishedEvents, Inventory inventory) {
        this.transactions = transactions;
        this.publishedEvents = publishedEvents;
        this.inventory = inventory;
    }

    @Override
    public void stock(StockInventoryCommand command) {
        transactions.inTransaction(() -> {
            publishedEvents.addIfAbsent(command.event());
            inventory.addMissing(command.event().inventoryLines());
        });
    }
}
