package com.evently.ticketing.booking;

import com.evently.ticketing.booking.BookingApi.Booking;
import com.evently.ticketing.booking.adapter.in.web.BookingProblem;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.UUID;

import static com.evently.ticketing.booking.BookingApi.bookingOf;
import static org.assertj.core.api.Assertions.assertThat;

class ReadingBookingsTest extends BookingServiceIntegrationTest {

    TestUser buyer = TestUser.attendee();
    Booking booking;

    @BeforeEach
    void placeABooking() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);
        booking = api.placeConfirmed(buyer, bookingOf(event, 2));
    }

    @Test
    void buyerReadsTheirBooking() {
        Booking read = api.view(buyer, booking.id())
                .expectStatus().isOk().expectBody(Booking.class).returnResult().getResponseBody();

        assertThat(read).isEqualTo(booking);
    }

    @Test
    void adminReadsAnyBooking() {
        api.view(TestUser.admin(), booking.id())
                .expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(booking.id().toString());
    }

    @Test
    void anotherUsersBookingIsNotFound() {
        api.view(TestUser.attendee(), booking.id())
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.BOOKING_NOT_FOUND));
    }

    @Test
    void organizerWithoutAdminRoleCannotReadOthersBookings() {
        api.view(TestUser.organizer(), booking.id()).expectStatus().isNotFound();
    }

    @Test
    void unknownBookingIsNotFound() {
        api.view(buyer, UUID.randomUUID()).expectStatus().isNotFound();
    }

    @Test
    void malformedBookingIdIsBadRequest() {
        http.get().uri("/api/v1/bookings/not-a-uuid").header("Authorization", buyer.bearer()).exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void readingABookingNeedsAToken() {
        http.get().uri("/api/v1/bookings/{id}", booking.id()).exchange().expectStatus().isUnauthorized();
    }
}
