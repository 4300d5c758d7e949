package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingId;
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

class ViewingBookingTest {

    final InMemoryBookingCore core = new InMemoryBookingCore();
    final ViewingBooking viewingBooking = core.viewingBooking();
    final Buyer buyer = aBuyer();
    Booking booking;

    @BeforeEach
    void placeABooking() {
        EventSnapshot event = TestEvents.eventOnSale(10);
        core.stockingInventory().stock(new StockInventoryCommand(event));
        booking = core.placingBooking().place(booking(buyer, aKey(), event, 2)).booking();
    }

    @Test
    void buyerSeesTheirBooking() {
        assertThat(viewingBooking.view(booking.id(), new Caller(buyer.userId(), Set.of(Role.USER)))).isEqualTo(booking);
    }

    @Test
    void adminSeesAnyBooking() {
        assertThat(viewingBooking.view(booking.id(), new Caller(UUID.randomUUID(), Set.of(Role.ADMIN)))).isEqualTo(booking);
    }

    @Test
    void anotherUsersBookingIsNotFound() {
        assertThatThrownBy(() -> viewingBooking.view(booking.id(), new Caller(aBuyer().userId(), Set.of(Role.USER))))
                .isInstanceOf(BookingNotFound.class);
    }

    @Test
    void organizerWithoutAdminRoleDoesNotSeeOthersBookings() {
        assertThatThrownBy(() -> viewingBooking.view(booking.id(), new Caller(UUID.randomUUID(), Set.of(Role.ORGANIZER))))
                .isInstanceOf(BookingNotFound.class);
    }

    @Test
    void unknownBookingIsNotFound() {
        assertThatThrownBy(() -> viewingBooking.view(BookingId.random(), new Caller(buyer.userId(), Set.of(Role.USER))))
                .isInstanceOf(BookingNotFound.class);
    }
}
