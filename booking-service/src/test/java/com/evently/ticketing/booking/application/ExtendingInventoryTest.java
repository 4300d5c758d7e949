package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.InventoryLine;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import com.evently.ticketing.booking.domain.Price;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static com.evently.ticketing.booking.application.TestEvents.aBuyer;
import static com.evently.ticketing.booking.application.TestEvents.aKey;
import static com.evently.ticketing.booking.application.TestEvents.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

/** The branches of ExtendingInventory on in-memory ports; SeriesExtensionTest covers the consumed events. */
class ExtendingInventoryTest {

    final InMemoryBookingCore core = new InMemoryBookingCore();
    final ExtendingInventory extendingInventory = core.extendingInventory();
    /** One session, two ticket types of ten seats; four seats of the first line are sold. */
    EventSnapshot event;
    InventoryLineKey soldLine;

    @BeforeEach
    void publishAnEventAndSellSomeSeats() {
        event = TestEvents.eventOnSale(1, 2, 10);
        core.stockingInventory().stock(new StockInventoryCommand(event));
        soldLine = lineOf(event, 0, 0);
        core.placingBooking().place(new PlaceBookingCommand(aBuyer(), aKey(), soldLine, 4));
    }

    EventSnapshot.Session anotherDay() {
        EventSnapshot.Session first = event.sessions().getFirst();
        return new EventSnapshot.Session(UUID.randomUUID(), "Day 2", first.startsAt().plus(Duration.ofDays(1)),
                first.endsAt().plus(Duration.ofDays(1)));
    }

    InventoryLine lineNow(InventoryLineKey key) {
        return core.inventory.readLine(key).orElseThrow();
    }

    /** As catalog.SessionAdded announces it: the new session with every ticket type. */
    @Test
    void aNewSessionOpensALineForEveryTicketTypeAndLeavesTheLinesOnSaleAlone() {
        EventSnapshot.Session added = anotherDay();

        boolean extended = extendingInventory.extend(
                new ExtendInventoryCommand(event.eventId(), List.of(added), event.ticketTypes()));

        assertThat(extended).isTrue();
        assertThat(core.inventory.linesOf(event.eventId())).hasSize(4);
        assertThat(lineNow(soldLine)).isEqualTo(new InventoryLine(soldLine, 10, 6));
        for (EventSnapshot.TicketType type : event.ticketTypes()) {
            InventoryLineKey key = new InventoryLineKey(event.eventId(), added.id(), type.id());
            assertThat(lineNow(key)).isEqualTo(InventoryLine.unsold(key, 10));
        }
        assertThat(core.eventSnapshots.find(event.eventId()).orElseThrow().sessions())
                .containsExactly(event.sessions().getFirst(), added);
    }

    /** As catalog.TicketTypeAdded announces it: the new ticket type, with its own limits, in every session. */
    @Test
    void aNewTicketTypeOpensALineInEverySessionWithItsCapacityAndSeatLimit() {
        extendingInventory.extend(new ExtendInventoryCommand(event.eventId(), List.of(anotherDay()), List.of()));
        EventSnapshot twoDays = core.eventSnapshots.find(event.eventId()).orElseThrow();
        EventSnapshot.TicketType vip = new EventSnapshot.TicketType(UUID.randomUUID(), "VIP",
                new Price(new BigDecimal("90.00"), "EUR"), 5, 2);

        extendingInventory.extend(new ExtendInventoryCommand(event.eventId(), twoDays.sessions(), List.of(vip)));

        for (EventSnapshot.Session session : twoDays.sessions()) {
            InventoryLineKey key = new InventoryLineKey(event.eventId(), session.id(), vip.id());
            assertThat(lineNow(key)).isEqualTo(InventoryLine.unsold(key, 5, 2));
        }
        assertThat(core.eventSnapshots.find(event.eventId()).orElseThrow().ticketTypes()).last().isEqualTo(vip);
        assertThat(lineNow(soldLine)).isEqualTo(new InventoryLine(soldLine, 10, 6));
    }

    @Test
    void aRedeliveredExtensionKeepsTheSeatsSoldMeanwhile() {
        EventSnapshot.Session added = anotherDay();
        ExtendInventoryCommand extension = new ExtendInventoryCommand(event.eventId(), List.of(added),
                event.ticketTypes());
        extendingInventory.extend(extension);
        InventoryLineKey newLine = new InventoryLineKey(event.eventId(), added.id(), event.ticketTypes().getFirst().id());
        core.placingBooking().place(new PlaceBookingCommand(aBuyer(), aKey(), newLine, 3));

        assertThat(extendingInventory.extend(extension)).isTrue();

        assertThat(lineNow(newLine)).isEqualTo(new InventoryLine(newLine, 10, 7));
        assertThat(core.inventory.linesOf(event.eventId())).hasSize(4);
        assertThat(core.eventSnapshots.find(event.eventId()).orElseThrow().sessions()).hasSize(2);
    }

    /** Booking never received the event (its EventPublished is still on its way): there is nothing to extend. */
    @Test
    void anEventBookingNeverReceivedIsNotExtended() {
        UUID unknown = UUID.randomUUID();

        boolean extended = extendingInventory.extend(
                new ExtendInventoryCommand(unknown, List.of(anotherDay()), event.ticketTypes()));

        assertThat(extended).isFalse();
        assertThat(core.inventory.linesOf(unknown)).isEmpty();
        assertThat(core.eventSnapshots.find(unknown)).isEmpty();
    }
}
