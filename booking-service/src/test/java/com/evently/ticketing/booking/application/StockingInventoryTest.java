package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.InventoryLine;
import org.junit.jupiter.api.Test;

import static com.evently.ticketing.booking.application.TestEvents.aBuyer;
import static com.evently.ticketing.booking.application.TestEvents.aKey;
import static com.evently.ticketing.booking.application.TestEvents.booking;
import static com.evently.ticketing.booking.application.TestEvents.firstLineOf;
import static org.assertj.core.api.Assertions.assertThat;

class StockingInventoryTest {

    final InMemoryBookingCore core = new InMemoryBookingCore();
    final StockingInventory stockingInventory = core.stockingInventory();

    @Test
    void publishedEventOpensOneUnsoldLinePerSessionAndTicketTypeInCatalogOrder() {
        EventSnapshot event = TestEvents.eventOnSale(2, 3, 40);

        stockingInventory.stock(new StockInventoryCommand(event));

        assertThat(core.inventory.linesOf(event.eventId())).containsExactlyElementsOf(event.inventoryLines())
                .hasSize(6)
                .allSatisfy(line -> assertThat(line.available()).isEqualTo(40));
        assertThat(core.eventSnapshots.find(event.eventId())).contains(event);
    }

    @Test
    void republishedEventKeepsTheSeatsAlreadySold() {
        EventSnapshot event = TestEvents.eventOnSale(10);
        stockingInventory.stock(new StockInventoryCommand(event));
        core.placingBooking().place(booking(aBuyer(), aKey(), event, 4));

        stockingInventory.stock(new StockInventoryCommand(event));

        assertThat(core.inventory.linesOf(event.eventId())).singleElement()
                .isEqualTo(new InventoryLine(firstLineOf(event), 10, 6));
    }

    @Test
    void republicationKeepsTheSnapshotFirstStored() {
        EventSnapshot event = TestEvents.eventOnSale(10);
        stockingInventory.stock(new StockInventoryCommand(event));
        EventSnapshot renamed = new EventSnapshot(event.eventId(), event.organizerId(), "Another title", event.venue(),
                event.timeZone(), event.sessions(), event.ticketTypes(), event.publishedAt());

        stockingInventory.stock(new StockInventoryCommand(renamed));

        assertThat(core.eventSnapshots.find(event.eventId())).contains(event);
    }
}
