package com.evently.ticketing.booking;

import com.evently.ticketing.booking.application.ReleasedSeats;
import com.evently.ticketing.booking.application.port.out.Inventory;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.platform.domain.Transactions;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Releases seats of an event's first line the way every releasing use case must: in one transaction, lock the
 * line, put the seats back, tell {@link ReleasedSeats}. Raising the capacity is the release that needs no booking
 * to be cancelled, so {@code available = capacity - confirmed - open offers} holds throughout.
 */
record SeatRelease(Transactions transactions, Inventory inventory, JdbcClient jdbc) {

    void raiseCapacity(EventPublished event, int seats, ReleasedSeats releasedSeats) {
        InventoryLineKey line = firstLineOf(event);
        transactions.inTransaction(() -> {
            inventory.lockLine(line).orElseThrow();
            new InventoryRows(jdbc).addSeats(line.sessionId(), line.ticketTypeId(), seats);
            releasedSeats.releasedOn(line);
        });
    }

    static InventoryLineKey firstLineOf(EventPublished event) {
        return new InventoryLineKey(event.eventId(), CatalogEvents.firstSession(event), CatalogEvents.firstTicketType(event));
    }
}
