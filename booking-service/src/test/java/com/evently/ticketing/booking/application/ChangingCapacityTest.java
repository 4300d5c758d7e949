package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.CapacityBelowSoldConflict;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.InventoryLine;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.evently.ticketing.booking.application.TestEvents.aBuyer;
import static com.evently.ticketing.booking.application.TestEvents.aKey;
import static com.evently.ticketing.booking.application.TestEvents.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The branches of ChangingCapacity on in-memory ports; CapacityChangeTest covers the HTTP call and the locks. */
class ChangingCapacityTest {

    final InMemoryBookingCore core = new InMemoryBookingCore();
    final ChangingCapacity changingCapacity = core.changingCapacity();
    /** Two sessions, two ticket types, ten seats on each line; the first ticket type is the one resized. */
    EventSnapshot event;
    InventoryLineKey firstDay;
    InventoryLineKey secondDay;
    InventoryLineKey otherType;

    @BeforeEach
    void publishAnEvent() {
        event = TestEvents.eventOnSale(2, 2, 10);
        core.stockingInventory().stock(new StockInventoryCommand(event));
        firstDay = lineOf(event, 0, 0);
        secondDay = lineOf(event, 1, 0);
        otherType = lineOf(event, 0, 1);
    }

    ChangeCapacityCommand capacity(int seats) {
        return new ChangeCapacityCommand(event.eventId(), firstDay.ticketTypeId(), seats, UUID.randomUUID());
    }

    void sell(InventoryLineKey line, int seats) {
        core.placingBooking().place(new PlaceBookingCommand(aBuyer(), aKey(), line, seats));
    }

    InventoryLine lineNow(InventoryLineKey key) {
        return core.inventory.readLine(key).orElseThrow();
    }

    @Test
    void aHigherCapacityResizesTheTicketTypeInEverySessionAndTellsTheWaitingListOfTheNewSeats() {
        sell(firstDay, 3);

        ChangedCapacity changed = changingCapacity.change(capacity(15));

        assertThat(changed).isInstanceOf(ChangedCapacity.Resized.class);
        assertThat(changed.lines()).containsExactlyInAnyOrder(
                new InventoryLine(firstDay, 15, 12), new InventoryLine(secondDay, 15, 15));
        assertThat(lineNow(otherType)).isEqualTo(InventoryLine.unsold(otherType, 10));
        assertThat(core.releasedLines).containsExactlyInAnyOrder(firstDay, secondDay);
    }

    @Test
    void aLowerCapacityKeepsWhatIsSoldAndReleasesNothing() {
        sell(firstDay, 3);

        ChangedCapacity changed = changingCapacity.change(capacity(5));

        assertThat(changed).isInstanceOf(ChangedCapacity.Resized.class);
        assertThat(lineNow(firstDay)).isEqualTo(new InventoryLine(firstDay, 5, 2));
        assertThat(lineNow(secondDay)).isEqualTo(new InventoryLine(secondDay, 5, 5));
        assertThat(core.releasedLines).isEmpty();
    }

    /** Every line is locked before any is judged, and the session that sold most tells the lowest capacity that fits. */
    @Test
    void aCapacityBelowWhatASessionSoldIsRefusedAndNoSessionChanges() {
        sell(firstDay, 6);
        sell(secondDay, 7);
        core.journal.clear();

        assertThatThrownBy(() -> changingCapacity.change(capacity(5)))
                .isInstanceOfSatisfying(CapacityBelowSoldConflict.class, refused -> {
                    assertThat(refused.line()).isEqualTo(secondDay);
                    assertThat(refused.requestedCapacity()).isEqualTo(5);
                    assertThat(refused.soldSeats()).isEqualTo(7);
                });

        assertThat(core.journal).containsExactly("lock line " + firstDay.ticketTypeId(),
                "lock line " + firstDay.ticketTypeId());
        assertThat(lineNow(firstDay)).isEqualTo(new InventoryLine(firstDay, 10, 4));
        assertThat(lineNow(secondDay)).isEqualTo(new InventoryLine(secondDay, 10, 3));
        assertThat(core.releasedLines).isEmpty();
    }

    /** The consumer of the catalog's announcement must commit its inbox row, so a refusal is returned, not thrown. */
    @Test
    void anAnnouncedCapacityBelowWhatIsSoldIsAnsweredAsRefused() {
        sell(secondDay, 7);

        ChangedCapacity applied = changingCapacity.apply(capacity(5));

        assertThat(applied).isInstanceOfSatisfying(ChangedCapacity.Refused.class,
                refused -> assertThat(refused.reason().soldSeats()).isEqualTo(7));
        assertThat(lineNow(secondDay)).isEqualTo(new InventoryLine(secondDay, 10, 3));
    }

    /** The organizer's call, then the catalog's announcement of the same change: the second one changes nothing. */
    @Test
    void theSameCapacityAgainChangesNothing() {
        changingCapacity.change(capacity(15));
        core.journal.clear();
        core.releasedLines.clear();

        ChangedCapacity again = changingCapacity.apply(capacity(15));

        assertThat(again).isInstanceOf(ChangedCapacity.Unchanged.class);
        assertThat(again.lines()).containsExactlyInAnyOrder(InventoryLine.unsold(firstDay, 15),
                InventoryLine.unsold(secondDay, 15));
        assertThat(core.journal).noneMatch(entry -> entry.startsWith("update line"));
        assertThat(core.releasedLines).isEmpty();
    }

    @Test
    void aTicketTypeBookingHasNoLineOfIsNotFoundWhenAskedAndPassedOverWhenAnnounced() {
        ChangeCapacityCommand unknownType = new ChangeCapacityCommand(event.eventId(), UUID.randomUUID(), 5,
                UUID.randomUUID());

        assertThatThrownBy(() -> changingCapacity.change(unknownType)).isInstanceOf(InventoryLineNotFound.class);
        assertThat(changingCapacity.apply(unknownType)).isEqualTo(new ChangedCapacity.Unchanged(List.of()));
        assertThat(core.inventory.linesOf(event.eventId())).allSatisfy(line -> assertThat(line.capacity()).isEqualTo(10));
    }
}
