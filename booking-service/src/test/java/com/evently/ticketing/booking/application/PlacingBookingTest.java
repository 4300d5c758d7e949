package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.LineBusy;
import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingConfirmedEvent;
import com.evently.ticketing.booking.domain.BookingStatus;
import com.evently.ticketing.booking.domain.Buyer;
import com.evently.ticketing.booking.domain.EventCancellation;
import com.evently.ticketing.booking.domain.EventRevision;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.IdempotencyKey;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import com.evently.ticketing.booking.domain.SoldOutConflict;
import com.evently.ticketing.booking.domain.TooManySeats;
import org.junit.jupiter.api.Test;

import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static com.evently.ticketing.booking.application.TestEvents.aBuyer;
import static com.evently.ticketing.booking.application.TestEvents.aKey;
import static com.evently.ticketing.booking.application.TestEvents.booking;
import static com.evently.ticketing.booking.application.TestEvents.firstLineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The branches of the booking critical section, on in-memory ports (the full-stack tests cover locking). */
class PlacingBookingTest {

    final InMemoryBookingCore core = new InMemoryBookingCore();
    final PlacingBooking placingBooking = core.placingBooking();
    final Buyer buyer = aBuyer();
    final IdempotencyKey key = aKey();

    @Test
    void confirmsBookingTakesItsSeatsAndRecordsBookingConfirmed() {
        EventSnapshot event = onSale(10);

        PlacedBooking placed = placingBooking.place(booking(buyer, key, event, 3));

        assertThat(placed).isInstanceOf(PlacedBooking.Confirmed.class);
        Booking booking = placed.booking();
        assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(booking.buyer()).isEqualTo(buyer);
        assertThat(booking.line()).isEqualTo(firstLineOf(event));
        assertThat(booking.seats()).hasSize(3).doesNotHaveDuplicates();
        assertThat(core.inventory.availableOf(firstLineOf(event))).isEqualTo(7);
        assertThat(core.bookings.find(booking.id())).contains(booking);
        assertThat(core.integrationEvents.bookingsConfirmed).singleElement().satisfies(confirmed -> {
            assertThat(confirmed.booking()).isEqualTo(booking);
            assertThat(confirmed.event()).isEqualTo(event);
            assertThat(confirmed.occurredAt()).isEqualTo(booking.createdAt());
        });
        assertThat(core.metrics.bookingsConfirmed).isOne();
        assertThat(core.metrics.seatsSold).isEqualTo(3);
    }

    @Test
    void bookingTimeKeepsOnlyTheMicrosecondsTheDatabaseStores() {
        EventSnapshot event = onSale(10);

        Booking booking = placingBooking.place(booking(buyer, key, event, 1)).booking();

        assertThat(booking.createdAt()).isEqualTo(InMemoryBookingCore.NOW.truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void replayedKeyReturnsTheOriginalBooking() {
        EventSnapshot event = onSale(10);
        Booking first = placingBooking.place(booking(buyer, key, event, 2)).booking();

        PlacedBooking retried = placingBooking.place(booking(buyer, key, event, 2));

        assertThat(retried).isEqualTo(new PlacedBooking.Replayed(first));
        assertThat(core.bookings.rows).hasSize(1);
        assertThat(core.inventory.availableOf(firstLineOf(event))).isEqualTo(8);
        assertThat(core.integrationEvents.bookingsConfirmed).hasSize(1);
        assertThat(core.metrics.bookingsConfirmed).as("a replay sells nothing").isOne();
    }

    @Test
    void replayedKeyReturnsTheOriginalBookingEvenAfterTheLineSoldOut() {
        EventSnapshot event = onSale(2);
        Booking first = placingBooking.place(booking(buyer, key, event, 1)).booking();
        placingBooking.place(booking(aBuyer(), aKey(), event, 1));

        PlacedBooking retried = placingBooking.place(booking(buyer, key, event, 1));

        assertThat(retried).isEqualTo(new PlacedBooking.Replayed(first));
    }

    @Test
    void sameKeyWithADifferentRequestIsRejectedAsReused() {
        EventSnapshot event = onSale(10);
        placingBooking.place(booking(buyer, key, event, 1));

        assertThatThrownBy(() -> placingBooking.place(booking(buyer, key, event, 2)))
                .isInstanceOf(IdempotencyKeyReused.class);

        assertThat(core.bookings.rows).hasSize(1);
        assertThat(core.inventory.availableOf(firstLineOf(event))).isEqualTo(9);
        assertThat(core.integrationEvents.bookingsConfirmed).hasSize(1);
    }

    @Test
    void keysOfDifferentBuyersDoNotCollide() {
        EventSnapshot event = onSale(10);

        Booking mine = placingBooking.place(booking(buyer, key, event, 1)).booking();
        PlacedBooking theirs = placingBooking.place(booking(aBuyer(), key, event, 1));

        assertThat(theirs).isInstanceOf(PlacedBooking.Confirmed.class);
        assertThat(theirs.booking().id()).isNotEqualTo(mine.id());
    }

    @Test
    void rejectsBookingWhenSoldOutAndStoresNothing() {
        EventSnapshot event = onSale(2);
        placingBooking.place(booking(aBuyer(), aKey(), event, 2));

        assertThatThrownBy(() -> placingBooking.place(booking(buyer, key, event, 1)))
                .isInstanceOfSatisfying(SoldOutConflict.class, soldOut -> {
                    assertThat(soldOut.requested()).isOne();
                    assertThat(soldOut.available()).isZero();
                });

        assertNothingStoredFor(buyer);
        assertThat(core.metrics.soldOutRejections).isOne();
        assertThat(core.metrics.bookingsConfirmed).isOne();
    }

    @Test
    void aSoldOutLineIsAnsweredWithoutATurnOrALock() {
        EventSnapshot event = onSale(2);
        placingBooking.place(booking(aBuyer(), aKey(), event, 2));
        core.admission.admitted.clear();
        core.journal.clear();

        assertThatThrownBy(() -> placingBooking.place(booking(buyer, key, event, 1))).isInstanceOf(SoldOutConflict.class);

        assertThat(core.admission.admitted).as("no turn taken").isEmpty();
        assertThat(core.journal).as("no line held").noneMatch(entry -> entry.startsWith("lock line"));
        assertNothingStoredFor(buyer);
    }

    @Test
    void aLineWithSeatsLeftIsSoldInTurn() {
        EventSnapshot event = onSale(10);

        placingBooking.place(booking(buyer, key, event, 1));

        assertThat(core.admission.admitted).containsExactly(firstLineOf(event));
    }

    @Test
    void aSaleRefusedATurnStoresNothing() {
        EventSnapshot event = onSale(10);
        core.admission.linesBusy = true;

        assertThatThrownBy(() -> placingBooking.place(booking(buyer, key, event, 1))).isInstanceOf(LineBusy.class);

        assertNothingStoredFor(buyer);
        assertThat(core.inventory.availableOf(firstLineOf(event))).isEqualTo(10);
    }

    @Test
    void aLineThatSoldOutWhileTheSaleWaitedForATurnIsAnsweredSoldOutNotBusy() {
        EventSnapshot event = onSale(10);
        InventoryLineKey line = firstLineOf(event);
        core.admission.linesBusy = true;
        core.admission.meanwhile = () -> core.inventory.update(core.inventory.readLine(line).orElseThrow().reserve(10));

        assertThatThrownBy(() -> placingBooking.place(booking(buyer, key, event, 1))).isInstanceOf(SoldOutConflict.class);

        assertNothingStoredFor(buyer);
    }

    @Test
    void rejectsBookingOfMoreSeatsThanAreLeftAndTakesNone() {
        EventSnapshot event = onSale(3);

        assertThatThrownBy(() -> placingBooking.place(booking(buyer, key, event, 4))).isInstanceOf(SoldOutConflict.class);

        assertThat(core.inventory.availableOf(firstLineOf(event))).isEqualTo(3);
    }

    @Test
    void keyOfASoldOutAttemptCanBeUsedForTheNextBooking() {
        EventSnapshot soldOut = onSale(1);
        placingBooking.place(booking(aBuyer(), aKey(), soldOut, 1));
        assertThatThrownBy(() -> placingBooking.place(booking(buyer, key, soldOut, 1))).isInstanceOf(SoldOutConflict.class);
        EventSnapshot another = onSale(1);

        PlacedBooking placed = placingBooking.place(booking(buyer, key, another, 1));

        assertThat(placed).isInstanceOf(PlacedBooking.Confirmed.class);
    }

    @Test
    void rejectsBookingOfACancelledEventAndStoresNothing() {
        EventSnapshot event = onSale(10);
        EventCancellation cancellation = TestEvents.cancellationOf(event, "The venue flooded");
        core.markingEventCancelled().markCancelled(new MarkEventCancelledCommand(cancellation));

        assertThatThrownBy(() -> placingBooking.place(booking(buyer, key, event, 1)))
                .isInstanceOfSatisfying(EventCancelledConflict.class,
                        cancelled -> assertThat(cancelled.cancellation()).isEqualTo(cancellation));

        assertNothingStoredFor(buyer);
        assertThat(core.inventory.availableOf(firstLineOf(event))).isEqualTo(10);
    }

    @Test
    void asksForACancellationOnlyWhileHoldingTheLine() {
        EventSnapshot event = onSale(10);
        core.markingEventCancelled().markCancelled(new MarkEventCancelledCommand(TestEvents.cancellationOf(event, null)));
        core.journal.clear();

        assertThatThrownBy(() -> placingBooking.place(booking(buyer, key, event, 1)))
                .isInstanceOf(EventCancelledConflict.class);

        assertThat(core.journal).as("the cancellation is read only once the line is held")
                .containsExactly("lock line " + firstLineOf(event).ticketTypeId(), "read cancellation of " + event.eventId());
    }

    @Test
    void retryOfAKeyBookedBeforeTheCancellationStillReplaysItsBooking() {
        EventSnapshot event = onSale(10);
        Booking first = placingBooking.place(booking(buyer, key, event, 1)).booking();
        core.markingEventCancelled().markCancelled(new MarkEventCancelledCommand(TestEvents.cancellationOf(event, null)));

        assertThat(placingBooking.place(booking(buyer, key, event, 1))).isEqualTo(new PlacedBooking.Replayed(first));
    }

    @Test
    void rejectsBookingOfALineTheEventDoesNotSell() {
        EventSnapshot event = onSale(10);
        InventoryLineKey unsold = new InventoryLineKey(event.eventId(), firstLineOf(event).sessionId(), UUID.randomUUID());

        assertThatThrownBy(() -> placingBooking.place(new PlaceBookingCommand(buyer, key, unsold, 1)))
                .isInstanceOf(InventoryLineNotFound.class);

        assertNothingStoredFor(buyer);
    }

    @Test
    void rejectsMoreSeatsThanOneBookingMayTakeBeforeTouchingAnything() {
        EventSnapshot event = onSale(100);
        int committedBefore = core.transactions.committed;

        assertThatThrownBy(() -> placingBooking.place(
                booking(buyer, key, event, InMemoryBookingCore.MAX_SEATS_PER_BOOKING + 1)))
                .isInstanceOfSatisfying(TooManySeats.class, tooMany ->
                        assertThat(tooMany.maxSeatsPerBooking()).isEqualTo(InMemoryBookingCore.MAX_SEATS_PER_BOOKING));

        assertNothingStoredFor(buyer);
        assertThat(core.transactions.committed).isEqualTo(committedBefore);
        assertThat(core.transactions.rolledBack).as("no transaction was started").isZero();
    }

    @Test
    void acceptsExactlyTheSeatLimit() {
        EventSnapshot event = onSale(100);

        PlacedBooking placed = placingBooking.place(booking(buyer, key, event, InMemoryBookingCore.MAX_SEATS_PER_BOOKING));

        assertThat(placed.booking().quantity()).isEqualTo(InMemoryBookingCore.MAX_SEATS_PER_BOOKING);
    }

    @Test
    void bookingConfirmedCarriesTheLatestRevisionOfTheEvent() {
        EventSnapshot event = onSale(10);
        core.revisingEventDetails().revise(new ReviseEventDetailsCommand(new EventRevision(
                event.eventId(), "Java Day, revised", "Room 7, Porto", "Europe/Madrid", 2)));

        placingBooking.place(booking(buyer, key, event, 1));

        BookingConfirmedEvent confirmed = core.integrationEvents.bookingsConfirmed.getFirst();
        assertThat(confirmed.event().title()).isEqualTo("Java Day, revised");
        assertThat(confirmed.event().venue()).isEqualTo("Room 7, Porto");
        assertThat(confirmed.event().timeZone()).isEqualTo("Europe/Madrid");
        assertThat(confirmed.session()).isEqualTo(event.sessions().getFirst());
    }

    private EventSnapshot onSale(int capacity) {
        EventSnapshot event = TestEvents.eventOnSale(capacity);
        core.stockingInventory().stock(new StockInventoryCommand(event));
        return event;
    }

    private void assertNothingStoredFor(Buyer who) {
        assertThat(core.bookings.rows.values()).noneMatch(booking -> booking.buyer().equals(who));
        assertThat(core.idempotencyKeys.rows.keySet()).noneMatch(userKey -> userKey.userId().equals(who.userId()));
        assertThat(core.integrationEvents.bookingsConfirmed).noneMatch(event -> event.booking().buyer().equals(who));
    }
}
