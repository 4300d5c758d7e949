package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingStatus;
import com.evently.ticketing.booking.domain.CancellationCause;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.InventoryLine;
import org.junit.jupiter.api.Test;

import static com.evently.ticketing.booking.application.TestEvents.aBuyer;
import static com.evently.ticketing.booking.application.TestEvents.aKey;
import static com.evently.ticketing.booking.application.TestEvents.booking;
import static org.assertj.core.api.Assertions.assertThat;

class CancellingEventBookingsTest {

    final InMemoryBookingCore core = new InMemoryBookingCore();

    @Test
    void cancelsEveryConfirmedBookingOfACancelledEventInBatches() {
        EventSnapshot event = onSale(100);
        EventSnapshot other = onSale(100);
        for (int i = 0; i < 7; i++) {
            core.placingBooking().place(booking(aBuyer(), aKey(), event, 2));
        }
        core.placingBooking().place(booking(aBuyer(), aKey(), other, 1));
        core.markingEventCancelled().markCancelled(new MarkEventCancelledCommand(TestEvents.cancellationOf(event, "Off")));
        int committedBefore = core.transactions.committed;

        int cancelled = core.cancellingEventBookings(3).cancelAll();

        assertThat(cancelled).isEqualTo(7);
        assertThat(core.transactions.committed - committedBefore).as("3 + 3 + 1, then an empty one").isEqualTo(4);
        assertThat(core.bookings.rows.values()).filteredOn(b -> b.line().eventId().equals(event.eventId()))
                .extracting(Booking::status).containsOnly(BookingStatus.CANCELLED);
        assertThat(core.bookings.rows.values()).filteredOn(b -> b.line().eventId().equals(other.eventId()))
                .extracting(Booking::status).containsOnly(BookingStatus.CONFIRMED);
        assertThat(core.inventory.linesOf(event.eventId())).extracting(InventoryLine::available).containsOnly(100);
        assertThat(core.integrationEvents.bookingsCancelled).hasSize(7).allSatisfy(announced -> {
            assertThat(announced.cause()).isEqualTo(CancellationCause.EVENT_CANCELLED);
            assertThat(announced.cancelledBy()).isNull();
            assertThat(announced.reason()).isEqualTo("event cancelled");
        });
    }

    @Test
    void repeatingFindsNothingMoreToDo() {
        EventSnapshot event = onSale(10);
        core.placingBooking().place(booking(aBuyer(), aKey(), event, 2));
        core.markingEventCancelled().markCancelled(new MarkEventCancelledCommand(TestEvents.cancellationOf(event, null)));
        core.cancellingEventBookings(200).cancelAll();

        assertThat(core.cancellingEventBookings(200).cancelAll()).isZero();
        assertThat(core.integrationEvents.bookingsCancelled).hasSize(1);
        assertThat(core.inventory.linesOf(event.eventId())).extracting(InventoryLine::available).containsOnly(10);
    }

    private EventSnapshot onSale(int capacity) {
        EventSnapshot event = TestEvents.eventOnSale(capacity);
        core.stockingInventory().stock(new StockInventoryCommand(event));
        return event;
    }
}
