package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingStatus;
import com.evently.ticketing.booking.domain.EventCompletion;
import com.evently.ticketing.booking.domain.EventSnapshot;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.evently.ticketing.booking.application.TestEvents.aBuyer;
import static com.evently.ticketing.booking.application.TestEvents.aKey;
import static com.evently.ticketing.booking.application.TestEvents.booking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** MarkingEventCompleted on in-memory ports; EventCompletionTest covers the consumed catalog event. */
class MarkingEventCompletedTest {

    static final Instant ENDED = Instant.parse("2026-06-01T17:00:00Z");

    final InMemoryBookingCore core = new InMemoryBookingCore();

    /** The lines are held before the completion is stored, as for a cancellation: a racing sale is clearly before. */
    @Test
    void aCompletedEventSellsNoMoreSeatsAndItsBookingsStayConfirmed() {
        EventSnapshot event = TestEvents.eventOnSale(10);
        core.stockingInventory().stock(new StockInventoryCommand(event));
        Booking sold = core.placingBooking().place(booking(aBuyer(), aKey(), event, 2)).booking();
        core.journal.clear();

        core.markingEventCompleted().markCompleted(
                new MarkEventCompletedCommand(new EventCompletion(event.eventId(), ENDED)));

        assertThat(core.journal).containsExactly("lock lines of " + event.eventId(), "complete " + event.eventId());
        assertThatThrownBy(() -> core.placingBooking().place(booking(aBuyer(), aKey(), event, 1)))
                .isInstanceOf(EventCompletedConflict.class);
        assertThat(core.bookings.find(sold.id()).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
    }
}
