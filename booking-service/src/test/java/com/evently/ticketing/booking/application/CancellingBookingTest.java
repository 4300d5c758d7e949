package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingCancelledConflict;
import com.evently.ticketing.booking.domain.BookingCancelledEvent;
import com.evently.ticketing.booking.domain.BookingStatus;
import com.evently.ticketing.booking.domain.BookingStatusChange;
import com.evently.ticketing.booking.domain.Buyer;
import com.evently.ticketing.booking.domain.CancellationCause;
import com.evently.ticketing.booking.domain.CancellationCutoff;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Role;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import static com.evently.ticketing.booking.application.TestEvents.aBuyer;
import static com.evently.ticketing.booking.application.TestEvents.aKey;
import static com.evently.ticketing.booking.application.TestEvents.booking;
import static com.evently.ticketing.booking.application.TestEvents.firstLineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CancellingBookingTest {

    final InMemoryBookingCore core = new InMemoryBookingCore();
    final Buyer buyer = aBuyer();
    final Caller owner = new Caller(buyer.userId(), Set.of(Role.USER));
    final EventSnapshot event = TestEvents.eventOnSale(10);
    final Booking booking;

    CancellingBookingTest() {
        core.stockingInventory().stock(new StockInventoryCommand(event));
        booking = core.placingBooking().place(booking(buyer, aKey(), event, 3)).booking();
    }

    @Test
    void ownerCancelsAndTheSeatsGoBackOnce() {
        Booking cancelled = core.cancellingBooking().cancel(new CancelBookingCommand(booking.id(), owner, "  Cannot come "));

        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(cancelled.history().getLast()).isEqualTo(new BookingStatusChange(BookingStatusChange.Kind.CANCELLED,
                cancelled.history().getLast().at(), buyer.userId(), "Cannot come"));
        assertThat(core.inventory.availableOf(firstLineOf(event))).isEqualTo(10);
        BookingCancelledEvent announced = core.integrationEvents.bookingsCancelled.getFirst();
        assertThat(announced.cause()).isEqualTo(CancellationCause.BUYER);
        assertThat(announced.booking().seats()).isEqualTo(booking.seats());
        assertThat(core.releasedLines).containsExactly(firstLineOf(event));
        assertThat(core.journal).containsSubsequence("lock booking " + booking.id(),
                "lock line " + firstLineOf(event).ticketTypeId(), "update line " + firstLineOf(event).ticketTypeId(),
                "released seats on " + firstLineOf(event).ticketTypeId());
    }

    @Test
    void secondCancellationIsAConflictAndReleasesNothing() {
        core.cancellingBooking().cancel(new CancelBookingCommand(booking.id(), owner, null));

        assertThatThrownBy(() -> core.cancellingBooking().cancel(new CancelBookingCommand(booking.id(), owner, null)))
                .isInstanceOf(BookingCancelledConflict.class);

        assertThat(core.inventory.availableOf(firstLineOf(event))).isEqualTo(10);
        assertThat(core.integrationEvents.bookingsCancelled).hasSize(1);
    }

    @Test
    void adminCancelsForTheBuyer() {
        Caller admin = new Caller(UUID.randomUUID(), Set.of(Role.ADMIN));

        core.cancellingBooking().cancel(new CancelBookingCommand(booking.id(), admin, null));

        BookingCancelledEvent announced = core.integrationEvents.bookingsCancelled.getFirst();
        assertThat(announced.cause()).isEqualTo(CancellationCause.ADMIN);
        assertThat(announced.cancelledBy()).isEqualTo(admin.id());
    }

    @Test
    void someoneElsesBookingIsNotFound() {
        assertThatThrownBy(() -> core.cancellingBooking().cancel(new CancelBookingCommand(booking.id(),
                new Caller(UUID.randomUUID(), Set.of(Role.ORGANIZER)), null)))
                .isInstanceOf(BookingNotFound.class);
        assertThat(core.inventory.availableOf(firstLineOf(event))).isEqualTo(7);
    }

    @Test
    void noCancellationFromTheSessionStartOn() {
        core.clock = Clock.fixed(event.sessions().getFirst().startsAt(), ZoneOffset.UTC);

        assertThatThrownBy(() -> core.cancellingBooking().cancel(new CancelBookingCommand(booking.id(), owner, null)))
                .isInstanceOf(CancellationClosedConflict.class);
        assertThat(core.bookings.find(booking.id())).contains(booking);
    }

    @Test
    void theEventsCutOffClosesCancellationEarlier() {
        core.eventSnapshots.cutoffs.put(event.eventId(), new CancellationCutoff(Duration.ofHours(48)));
        core.clock = Clock.fixed(event.sessions().getFirst().startsAt().minus(Duration.ofHours(47)), ZoneOffset.UTC);

        assertThatThrownBy(() -> core.cancellingBooking().cancel(new CancelBookingCommand(booking.id(), owner, null)))
                .isInstanceOfSatisfying(CancellationClosedConflict.class, closed -> assertThat(closed.closedAt())
                        .isEqualTo(event.sessions().getFirst().startsAt().minus(Duration.ofHours(48))));
    }
}
