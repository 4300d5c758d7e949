package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingStatus;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.evently.ticketing.booking.application.InMemoryBookingCore.NOW;
import static com.evently.ticketing.booking.application.TestEvents.aBuyer;
import static com.evently.ticketing.booking.application.TestEvents.aKey;
import static com.evently.ticketing.booking.application.TestEvents.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RetiringTicketType on in-memory ports; the full-stack tests cover the consumed catalog event and the locks. */
class RetiringTicketTypeTest {

    final InMemoryBookingCore core = new InMemoryBookingCore();
    /** Two sessions, two ticket types; the first ticket type is retired. */
    EventSnapshot event;
    Booking sold;

    @BeforeEach
    void publishAnEventAndSellASeat() {
        event = TestEvents.eventOnSale(2, 2, 10);
        core.stockingInventory().stock(new StockInventoryCommand(event));
        sold = placeOn(lineOf(event, 0, 0)).booking();
    }

    PlacedBooking placeOn(InventoryLineKey line) {
        return core.placingBooking().place(new PlaceBookingCommand(aBuyer(), aKey(), line, 1));
    }

    @Test
    void aRetiredTicketTypeSellsNoMoreInAnySessionWhileItsBookingsStay() {
        core.journal.clear();

        core.retiringTicketType().retire(event.eventId(), lineOf(event, 0, 0).ticketTypeId(), NOW);

        assertThat(core.journal).containsExactly("lock lines of " + event.eventId());
        assertThat(core.inventory.readLine(lineOf(event, 0, 0)).orElseThrow().retired()).isTrue();
        assertThat(core.inventory.readLine(lineOf(event, 1, 0)).orElseThrow().retired()).isTrue();
        assertThat(core.inventory.readLine(lineOf(event, 0, 1)).orElseThrow().retired()).isFalse();
        assertThatThrownBy(() -> placeOn(lineOf(event, 1, 0))).isInstanceOf(TicketTypeRetiredConflict.class);
        assertThat(placeOn(lineOf(event, 1, 1))).isInstanceOf(PlacedBooking.Confirmed.class);
        assertThat(core.bookings.find(sold.id()).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
    }
}
