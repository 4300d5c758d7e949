package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingPage;
import com.evently.ticketing.booking.domain.Buyer;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static com.evently.ticketing.booking.application.TestEvents.aBuyer;
import static com.evently.ticketing.booking.application.TestEvents.aKey;
import static com.evently.ticketing.booking.application.TestEvents.booking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListingBookingsTest {

    final InMemoryBookingCore core = new InMemoryBookingCore();
    final Buyer buyer = aBuyer();
    final Booking booking;

    ListingBookingsTest() {
        EventSnapshot event = TestEvents.eventOnSale(10);
        core.stockingInventory().stock(new StockInventoryCommand(event));
        booking = core.placingBooking().place(booking(buyer, aKey(), event, 1)).booking();
        core.placingBooking().place(booking(aBuyer(), aKey(), event, 1));
    }

    @Test
    void ownBookingsByDefault() {
        BookingPage page = core.listingBookings().list(query(new Caller(buyer.userId(), Set.of(Role.USER)), null));

        assertThat(page.bookings()).containsExactly(booking);
        assertThat(page.totalMatching()).isEqualTo(1);
    }

    @Test
    void adminListsAnyUsersBookings() {
        BookingPage page = core.listingBookings().list(query(new Caller(UUID.randomUUID(), Set.of(Role.ADMIN)), buyer.userId()));

        assertThat(page.bookings()).containsExactly(booking);
    }

    @Test
    void othersBookingsAreNotListedForANonAdmin() {
        assertThatThrownBy(() -> core.listingBookings().list(
                query(new Caller(UUID.randomUUID(), Set.of(Role.ORGANIZER)), buyer.userId())))
                .isInstanceOf(BookingsOfOthersNotPermitted.class);
    }

    private static ListBookingsQuery query(Caller caller, UUID userId) {
        return new ListBookingsQuery(caller, userId, null, null, null, 0, 20);
    }
}
