package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingCancelledConflict;
import com.evently.ticketing.booking.domain.BookingStatus;
import com.evently.ticketing.booking.domain.Buyer;
import com.evently.ticketing.booking.domain.CancellationCause;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.RsvpAnswer;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Role;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;

import static com.evently.ticketing.booking.application.TestEvents.aBuyer;
import static com.evently.ticketing.booking.application.TestEvents.aKey;
import static com.evently.ticketing.booking.application.TestEvents.booking;
import static com.evently.ticketing.booking.application.TestEvents.firstLineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnsweringRsvpTest {

    final InMemoryBookingCore core = new InMemoryBookingCore();
    final Buyer buyer = aBuyer();
    final Caller owner = new Caller(buyer.userId(), Set.of(Role.USER));

    @Test
    void holderOfAFreeBookingAnswersAndMayChangeTheirMind() {
        Booking booking = placeOn(TestEvents.freeEventOnSale(10));

        assertThat(answer(booking, RsvpAnswer.GOING).rsvp()).isEqualTo(RsvpAnswer.GOING);
        Booking maybe = answer(booking, RsvpAnswer.MAYBE);

        assertThat(maybe.rsvp()).isEqualTo(RsvpAnswer.MAYBE);
        assertThat(maybe.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(core.bookings.find(booking.id())).contains(maybe);
    }

    @Test
    void notGoingCancelsTheBookingAndGivesTheSeatsBack() {
        EventSnapshot event = TestEvents.freeEventOnSale(10);
        Booking booking = placeOn(event);

        Booking declined = answer(booking, RsvpAnswer.NOT_GOING);

        assertThat(declined.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(declined.rsvp()).isEqualTo(RsvpAnswer.NOT_GOING);
        assertThat(core.inventory.availableOf(firstLineOf(event))).isEqualTo(10);
        assertThat(core.integrationEvents.bookingsCancelled).singleElement()
                .satisfies(cancelled -> assertThat(cancelled.cause()).isEqualTo(CancellationCause.RSVP_DECLINED));
        assertThat(core.releasedLines).containsExactly(firstLineOf(event));
        assertThatThrownBy(() -> answer(booking, RsvpAnswer.GOING)).isInstanceOf(BookingCancelledConflict.class);
    }

    @Test
    void paidBookingsTakeNoRsvp() {
        Booking booking = placeOn(TestEvents.eventOnSale(10));

        assertThatThrownBy(() -> answer(booking, RsvpAnswer.NOT_GOING)).isInstanceOf(RsvpNotOfferedConflict.class);
        assertThat(core.bookings.find(booking.id())).contains(booking);
    }

    @Test
    void noAnswerOnceTheSessionStarted() {
        EventSnapshot event = TestEvents.freeEventOnSale(10);
        Booking booking = placeOn(event);
        core.clock = Clock.fixed(event.sessions().getFirst().startsAt(), ZoneOffset.UTC);

        assertThatThrownBy(() -> answer(booking, RsvpAnswer.MAYBE)).isInstanceOf(SessionStartedConflict.class);
    }

    private Booking placeOn(EventSnapshot event) {
        core.stockingInventory().stock(new StockInventoryCommand(event));
        return core.placingBooking().place(booking(buyer, aKey(), event, 2)).booking();
    }

    private Booking answer(Booking booking, RsvpAnswer answer) {
        return core.answeringRsvp().answer(new AnswerRsvpCommand(booking.id(), owner, answer));
    }
}
