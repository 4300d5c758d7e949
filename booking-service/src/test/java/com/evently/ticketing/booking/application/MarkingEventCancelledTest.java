package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.EventCancellation;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.InventoryLine;
import com.evently.ticketing.booking.domain.SalesStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.evently.ticketing.booking.application.TestEvents.aBuyer;
import static com.evently.ticketing.booking.application.TestEvents.aKey;
import static com.evently.ticketing.booking.application.TestEvents.booking;
import static com.evently.ticketing.booking.application.TestEvents.firstLineOf;
import static org.assertj.core.api.Assertions.assertThat;

class MarkingEventCancelledTest {

    final InMemoryBookingCore core = new InMemoryBookingCore();
    final MarkingEventCancelled markingEventCancelled = core.markingEventCancelled();

    @Test
    void locksEveryLineOfTheEventBeforeStoringTheCancellation() {
        EventSnapshot event = onSale();

        markingEventCancelled.markCancelled(new MarkEventCancelledCommand(TestEvents.cancellationOf(event, "Called off")));

        assertThat(core.journal).containsSubsequence("lock lines of " + event.eventId(), "cancel " + event.eventId());
    }

    @Test
    void markingAloneLeavesTheBookingsToTheCascade() {
        EventSnapshot event = onSale();
        core.placingBooking().place(booking(aBuyer(), aKey(), event, 2));

        markingEventCancelled.markCancelled(new MarkEventCancelledCommand(TestEvents.cancellationOf(event, "Called off")));

        EventAvailability availability = core.viewingAvailability().availabilityOf(event.eventId());
        assertThat(availability.status()).isEqualTo(SalesStatus.CANCELLED);
        assertThat(availability.lines()).containsExactly(new InventoryLine(firstLineOf(event), 10, 8));
        assertThat(core.bookings.rows).hasSize(1);
    }

    @Test
    void firstCancellationNoticeStays() {
        EventSnapshot event = onSale();
        EventCancellation first = TestEvents.cancellationOf(event, "Speaker ill");

        markingEventCancelled.markCancelled(new MarkEventCancelledCommand(first));
        markingEventCancelled.markCancelled(new MarkEventCancelledCommand(
                new EventCancellation(event.eventId(), "Another reason", Instant.parse("2026-03-02T08:00:00Z"))));

        assertThat(core.cancelledEvents.find(event.eventId())).contains(first);
    }

    @Test
    void cancellationOfAnEventNotYetReceivedKeepsItsLatePublicationOffSale() {
        EventSnapshot event = TestEvents.eventOnSale(10);

        markingEventCancelled.markCancelled(new MarkEventCancelledCommand(TestEvents.cancellationOf(event, null)));
        core.stockingInventory().stock(new StockInventoryCommand(event));

        assertThat(core.viewingAvailability().availabilityOf(event.eventId()).status()).isEqualTo(SalesStatus.CANCELLED);
    }

    private EventSnapshot onSale() {
        EventSnapshot event = TestEvents.eventOnSale(10);
        core.stockingInventory().stock(new StockInventoryCommand(event));
        return event;
    }
}
