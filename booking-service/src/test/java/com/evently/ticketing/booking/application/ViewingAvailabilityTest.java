package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.SalesStatus;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ViewingAvailabilityTest {

    final InMemoryBookingCore core = new InMemoryBookingCore();
    final ViewingAvailability viewingAvailability = core.viewingAvailability();

    @Test
    void eventOnSaleShowsItsLinesInCatalogOrder() {
        EventSnapshot event = TestEvents.eventOnSale(2, 2, 5);
        core.stockingInventory().stock(new StockInventoryCommand(event));

        EventAvailability availability = viewingAvailability.availabilityOf(event.eventId());

        assertThat(availability).isEqualTo(new EventAvailability(event.eventId(), SalesStatus.ON_SALE, event.inventoryLines()));
    }

    @Test
    void cancelledEventSaysSo() {
        EventSnapshot event = TestEvents.eventOnSale(5);
        core.stockingInventory().stock(new StockInventoryCommand(event));
        core.markingEventCancelled().markCancelled(new MarkEventCancelledCommand(TestEvents.cancellationOf(event, null)));

        assertThat(viewingAvailability.availabilityOf(event.eventId()).status()).isEqualTo(SalesStatus.CANCELLED);
    }

    @Test
    void unknownEventIsNotFound() {
        assertThatThrownBy(() -> viewingAvailability.availabilityOf(UUID.randomUUID()))
                .isInstanceOf(EventNotFound.class);
    }

    @Test
    void eventOfAnotherIdIsNotShown() {
        core.stockingInventory().stock(new StockInventoryCommand(TestEvents.eventOnSale(5)));

        assertThatThrownBy(() -> viewingAvailability.availabilityOf(UUID.randomUUID()))
                .isInstanceOf(EventNotFound.class);
    }
}
