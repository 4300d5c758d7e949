package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingChangedEvent;
import com.evently.ticketing.booking.domain.BookingCancelledConflict;
import com.evently.ticketing.booking.domain.BookingStatusChange;
import com.evently.ticketing.booking.domain.Buyer;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import com.evently.ticketing.booking.domain.SeatId;
import com.evently.ticketing.booking.domain.SeatLimitConflict;
import com.evently.ticketing.booking.domain.SoldOutConflict;
import com.evently.ticketing.booking.domain.TooManySeats;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.InvalidInput;
import com.evently.ticketing.platform.domain.Role;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import static com.evently.ticketing.booking.application.TestEvents.aBuyer;
import static com.evently.ticketing.booking.application.TestEvents.aKey;
import static com.evently.ticketing.booking.application.TestEvents.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditingBookingTest {

    final InMemoryBookingCore core = new InMemoryBookingCore();
    final Buyer buyer = aBuyer();
    final Caller owner = new Caller(buyer.userId(), Set.of(Role.USER));
    final EventSnapshot event = TestEvents.eventOnSale(2, 2, 10);
    final InventoryLineKey first = lineOf(event, 0, 0);
    final InventoryLineKey second = lineOf(event, 1, 1);

    EditingBookingTest() {
        core.stockingInventory().stock(new StockInventoryCommand(event));
    }

    @Test
    void fewerSeatsKeepTheFirstSeatIdsAndGiveTheRestBack() {
        Booking booking = place(first, 4);

        Booking edited = edit(booking, 2, null, null).booking();

        assertThat(edited.seats()).containsExactlyElementsOf(booking.seats().subList(0, 2));
        assertThat(edited.revision()).isEqualTo(1);
        assertThat(edited.history()).extracting(BookingStatusChange::kind)
                .containsExactly(BookingStatusChange.Kind.CONFIRMED, BookingStatusChange.Kind.CHANGED);
        assertThat(core.inventory.availableOf(first)).isEqualTo(8);
        BookingChangedEvent changed = core.integrationEvents.bookingsChanged.getFirst();
        assertThat(changed.released()).containsExactlyElementsOf(booking.seats().subList(2, 4));
        assertThat(changed.added()).isEmpty();
        assertThat(core.releasedLines).containsExactly(first);
        assertThat(core.journal).containsSubsequence("update line " + first.ticketTypeId(),
                "released seats on " + first.ticketTypeId());
    }

    @Test
    void moreSeatsKeepTheOldOnesAndAddNewOnes() {
        Booking booking = place(first, 2);

        Booking edited = edit(booking, 5, null, null).booking();

        assertThat(edited.seats()).hasSize(5).startsWith(booking.seats().toArray(new SeatId[0]));
        assertThat(core.integrationEvents.bookingsChanged.getFirst().added()).hasSize(3).doesNotContainAnyElementsOf(booking.seats());
        assertThat(core.inventory.availableOf(first)).isEqualTo(5);
        assertThat(core.releasedLines).as("nothing went back").isEmpty();
    }

    @Test
    void anotherLineTakesNewSeatsAndGivesAllOldOnesBack() {
        Booking booking = place(first, 3);

        Booking edited = edit(booking, null, second.sessionId(), second.ticketTypeId()).booking();

        assertThat(edited.line()).isEqualTo(second);
        assertThat(edited.seats()).hasSize(3).doesNotContainAnyElementsOf(booking.seats());
        assertThat(core.inventory.availableOf(first)).isEqualTo(10);
        assertThat(core.inventory.availableOf(second)).isEqualTo(7);
        BookingChangedEvent changed = core.integrationEvents.bookingsChanged.getFirst();
        assertThat(changed.released()).containsExactlyElementsOf(booking.seats());
        assertThat(changed.added()).containsExactlyElementsOf(edited.seats());
        assertThat(changed.previous().line()).isEqualTo(first);
    }

    @Test
    void locksTheBookingThenBothLinesInLockOrder() {
        Booking booking = place(second, 1);
        core.journal.clear();

        edit(booking, null, first.sessionId(), first.ticketTypeId());

        InventoryLineKey lower = InventoryLineKey.LOCK_ORDER.compare(first, second) < 0 ? first : second;
        InventoryLineKey higher = lower.equals(first) ? second : first;
        assertThat(core.journal).containsSubsequence("lock booking " + booking.id(),
                "lock line " + lower.ticketTypeId(), "lock line " + higher.ticketTypeId());
    }

    @Test
    void soldOutNewLineChangesNothing() {
        Booking booking = place(first, 2);
        core.placingBooking().place(new PlaceBookingCommand(aBuyer(), aKey(), second, 9));

        assertThatThrownBy(() -> edit(booking, null, second.sessionId(), second.ticketTypeId()))
                .isInstanceOf(SoldOutConflict.class);

        assertUnchanged(booking);
    }

    @Test
    void cancelledBookingCannotBeEdited() {
        Booking booking = place(first, 2);
        core.cancellingBooking().cancel(new CancelBookingCommand(booking.id(), owner, null));

        assertThatThrownBy(() -> edit(booking, 1, null, null)).isInstanceOf(BookingCancelledConflict.class);
        assertThat(core.integrationEvents.bookingsChanged).isEmpty();
    }

    @Test
    void cancelledEventRefusesTheEdit() {
        Booking booking = place(first, 2);
        core.markingEventCancelled().markCancelled(new MarkEventCancelledCommand(TestEvents.cancellationOf(event, "Off")));

        assertThatThrownBy(() -> edit(booking, 3, null, null)).isInstanceOf(EventCancelledConflict.class);
        assertUnchanged(booking);
    }

    @Test
    void startedSessionRefusesTheEdit() {
        Booking booking = place(first, 2);
        core.clock = Clock.fixed(event.sessions().getFirst().startsAt(), ZoneOffset.UTC);

        assertThatThrownBy(() -> edit(booking, 1, null, null)).isInstanceOf(SessionStartedConflict.class);
        assertUnchanged(booking);
    }

    @Test
    void moveToAStartedSessionIsRefused() {
        Booking booking = place(lineOf(event, 1, 0), 2);
        core.clock = Clock.fixed(event.sessions().getFirst().startsAt().plusSeconds(1), ZoneOffset.UTC);

        assertThatThrownBy(() -> edit(booking, null, first.sessionId(), null)).isInstanceOf(SessionStartedConflict.class);
    }

    @Test
    void unknownSessionIsNotFound() {
        Booking booking = place(first, 2);

        assertThatThrownBy(() -> edit(booking, null, UUID.randomUUID(), null)).isInstanceOf(InventoryLineNotFound.class);
        assertUnchanged(booking);
    }

    @Test
    void seatsOverThePerUserLimitAreRefused() {
        Booking booking = place(first, 10);
        place(second, 5);

        assertThatThrownBy(() -> edit(booking, null, second.sessionId(), second.ticketTypeId()))
                .isInstanceOfSatisfying(SeatLimitConflict.class, reached -> {
                    assertThat(reached.maxSeatsPerUser()).isEqualTo(InMemoryBookingCore.MAX_SEATS_PER_USER);
                    assertThat(reached.held()).isEqualTo(5);
                });
        assertUnchanged(booking);
    }

    @Test
    void moreSeatsThanOneBookingMayTakeAreRefusedBeforeAnyTransaction() {
        Booking booking = place(first, 2);

        assertThatThrownBy(() -> edit(booking, InMemoryBookingCore.MAX_SEATS_PER_BOOKING + 1, null, null))
                .isInstanceOf(TooManySeats.class);
    }

    @Test
    void anEditThatChangesNothingIsRefusedAsInvalid() {
        Booking booking = place(first, 2);

        assertThatThrownBy(() -> edit(booking, null, null, null)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void sameValuesLeaveTheBookingAsItIs() {
        Booking booking = place(first, 2);

        assertThat(edit(booking, 2, first.sessionId(), null)).isEqualTo(new EditedBooking.Unchanged(booking));
        assertThat(core.integrationEvents.bookingsChanged).isEmpty();
    }

    @Test
    void someoneElsesBookingIsNotFound() {
        Booking booking = place(first, 2);
        Caller stranger = new Caller(UUID.randomUUID(), Set.of(Role.USER));

        assertThatThrownBy(() -> core.editingBooking().edit(
                new EditBookingCommand(stranger, aKey(), booking.id(), 1, null, null)))
                .isInstanceOf(BookingNotFound.class);
        assertUnchanged(booking);
    }

    @Test
    void retryWithTheSameKeyReplaysAndAnotherRequestIsRefused() {
        Booking booking = place(first, 4);
        var key = aKey();
        EditedBooking first = core.editingBooking().edit(new EditBookingCommand(owner, key, booking.id(), 3, null, null));

        EditedBooking again = core.editingBooking().edit(new EditBookingCommand(owner, key, booking.id(), 3, null, null));

        assertThat(again).isEqualTo(new EditedBooking.Replayed(first.booking()));
        assertThat(core.integrationEvents.bookingsChanged).hasSize(1);
        assertThatThrownBy(() -> core.editingBooking().edit(new EditBookingCommand(owner, key, booking.id(), 2, null, null)))
                .isInstanceOf(IdempotencyKeyReused.class);
    }

    private Booking place(InventoryLineKey line, int quantity) {
        return core.placingBooking().place(new PlaceBookingCommand(buyer, aKey(), line, quantity)).booking();
    }

    private EditedBooking edit(Booking booking, Integer quantity, UUID sessionId, UUID ticketTypeId) {
        return core.editingBooking().edit(new EditBookingCommand(owner, aKey(), booking.id(), quantity, sessionId, ticketTypeId));
    }

    private void assertUnchanged(Booking booking) {
        assertThat(core.bookings.find(booking.id())).contains(booking);
        assertThat(core.integrationEvents.bookingsChanged).isEmpty();
        assertThat(core.inventory.availableOf(booking.line())).isEqualTo(10 - core.bookings.seatsHeldBy(buyer.userId(), booking.line())
                - otherSeatsOn(booking.line()));
    }

    private int otherSeatsOn(InventoryLineKey line) {
        return core.bookings.rows.values().stream()
                .filter(other -> !other.buyer().equals(buyer) && other.line().equals(line) && !other.isCancelled())
                .mapToInt(Booking::quantity).sum();
    }
}
