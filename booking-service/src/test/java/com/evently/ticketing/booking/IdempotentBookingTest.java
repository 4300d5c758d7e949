package com.evently.ticketing.booking;

import com.evently.ticketing.booking.BookingApi.Booking;
import com.evently.ticketing.booking.adapter.in.web.BookingProblem;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static com.evently.ticketing.booking.BookingApi.bookingOf;
import static org.assertj.core.api.Assertions.assertThat;

class IdempotentBookingTest extends BookingServiceIntegrationTest {

    TestUser buyer = TestUser.attendee();
    String key = UUID.randomUUID().toString();

    @Test
    void retryWithSameKeyAndBodyReturnsTheOriginalBooking() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);

        Booking first = api.place(buyer, key, bookingOf(event, 2))
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "false")
                .expectBody(Booking.class).returnResult().getResponseBody();
        Booking retried = api.place(buyer, key, bookingOf(event, 2))
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectHeader().valueEquals("Location", "/api/v1/bookings/" + first.id())
                .expectBody(Booking.class).returnResult().getResponseBody();

        assertThat(retried).isEqualTo(first);
        assertThat(bookingsOf(buyer)).isEqualTo(1);
        assertThat(api.currentAvailability(event.eventId()).lines().getFirst().available()).isEqualTo(8);
    }

    @Test
    void retryIsRecognisedWhateverTheJsonLayout() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);
        Map<String, Object> reordered = new LinkedHashMap<>();
        reordered.put("quantity", 1);
        reordered.put("ticketTypeId", CatalogEvents.firstTicketType(event));
        reordered.put("sessionId", CatalogEvents.firstSession(event));
        reordered.put("eventId", event.eventId());

        Booking first = api.place(buyer, key, bookingOf(event, 1))
                .expectStatus().isCreated().expectBody(Booking.class).returnResult().getResponseBody();

        api.place(buyer, key, reordered).expectStatus().isCreated()
                .expectBody().jsonPath("$.id").isEqualTo(first.id().toString());
        assertThat(bookingsOf(buyer)).isEqualTo(1);
    }

    @Test
    void retryReturnsTheOriginalBookingEvenAfterTheLineSoldOut() {
        EventPublished event = CatalogEvents.eventOnSale(2);
        api.putOnSale(event);
        Booking first = api.place(buyer, key, bookingOf(event, 1))
                .expectStatus().isCreated().expectBody(Booking.class).returnResult().getResponseBody();
        api.placeConfirmed(TestUser.attendee(), bookingOf(event, 1));

        Booking retried = api.place(buyer, key, bookingOf(event, 1))
                .expectStatus().isCreated().expectBody(Booking.class).returnResult().getResponseBody();

        assertThat(retried).isEqualTo(first);
    }

    @Test
    void sameKeyWithADifferentBodyIsRejected() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);
        api.place(buyer, key, bookingOf(event, 1)).expectStatus().isCreated();

        api.place(buyer, key, bookingOf(event, 2))
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.IDEMPOTENCY_KEY_REUSED));

        assertThat(bookingsOf(buyer)).isEqualTo(1);
        assertThat(api.currentAvailability(event.eventId()).lines().getFirst().available()).isEqualTo(9);
    }

    @Test
    void keyRejectedForSoldOutCanBeUsedOnceSeatsAreOnSale() {
        EventPublished soldOut = CatalogEvents.eventOnSale(1);
        api.putOnSale(soldOut);
        api.placeConfirmed(TestUser.attendee(), bookingOf(soldOut, 1));
        api.place(buyer, key, bookingOf(soldOut, 1)).expectStatus().isEqualTo(409);

        EventPublished another = CatalogEvents.eventOnSale(1);
        api.putOnSale(another);

        api.place(buyer, key, bookingOf(another, 1)).expectStatus().isCreated();
    }

    @Test
    void keysOfDifferentUsersDoNotCollide() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);
        TestUser other = TestUser.attendee();

        Booking mine = api.place(buyer, key, bookingOf(event, 1))
                .expectStatus().isCreated().expectBody(Booking.class).returnResult().getResponseBody();
        Booking theirs = api.place(other, key, bookingOf(event, 1))
                .expectStatus().isCreated().expectBody(Booking.class).returnResult().getResponseBody();

        assertThat(theirs.id()).isNotEqualTo(mine.id());
    }
}
