package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.Buyer;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static com.evently.ticketing.booking.application.TestEvents.aBuyer;
import static com.evently.ticketing.booking.application.TestEvents.aKey;
import static com.evently.ticketing.booking.application.TestEvents.booking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportingBookingCalendarTest {

    final InMemoryBookingCore core = new InMemoryBookingCore();
    /** Renders what it was given, so the test sees which booking and which event reached the port. */
    final ExportingBookingCalendar exporting = new ExportingBookingCalendar(core.viewingBooking(), core.eventSnapshots,
            (booking, event) -> booking.id() + " of " + event.eventId());
    final Buyer buyer = aBuyer();
    EventSnapshot event;
    Booking booking;

    @BeforeEach
    void placeABooking() {
        event = TestEvents.eventOnSale(10);
        core.stockingInventory().stock(new StockInventoryCommand(event));
        booking = core.placingBooking().place(booking(buyer, aKey(), event, 2)).booking();
    }

    @Test
    void rendersTheBookingWithItsEvent() {
        assertThat(exporting.export(booking.id(), new Caller(buyer.userId(), Set.of(Role.USER))))
                .isEqualTo(booking.id() + " of " + event.eventId());
    }

    @Test
    void someoneElsesBookingIsNotFoundAndNothingIsRendered() {
        assertThatThrownBy(() -> exporting.export(booking.id(), new Caller(UUID.randomUUID(), Set.of(Role.ORGANIZER))))
                .isInstanceOf(BookingNotFound.class);
    }
}
