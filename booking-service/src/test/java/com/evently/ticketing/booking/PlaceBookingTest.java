package com.evently.ticketing.booking;

import com.evently.ticketing.booking.BookingApi.Booking;
import com.evently.ticketing.booking.adapter.in.web.BookingProblem;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.testsupport.TestUser;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.util.Map;
import java.util.UUID;

import static com.evently.ticketing.booking.BookingApi.bookingOf;
import static org.assertj.core.api.Assertions.assertThat;

class PlaceBookingTest extends BookingServiceIntegrationTest {

    @Autowired
    MeterRegistry meters;

    TestUser buyer = TestUser.attendee();

    @Test
    void confirmsBookingAndTakesItsSeatsOffTheLine() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);

        Booking booking = api.place(buyer, UUID.randomUUID().toString(), bookingOf(event, 3))
                .expectStatus().isCreated()
                .expectHeader().valueMatches(HttpHeaders.LOCATION, "/api/v1/bookings/[0-9a-f-]{36}")
                .expectBody(Booking.class).returnResult().getResponseBody();

        assertThat(booking.status()).isEqualTo("CONFIRMED");
        assertThat(booking.eventId()).isEqualTo(event.eventId());
        assertThat(booking.sessionId()).isEqualTo(CatalogEvents.firstSession(event));
        assertThat(booking.ticketTypeId()).isEqualTo(CatalogEvents.firstTicketType(event));
        assertThat(booking.quantity()).isEqualTo(3);
        assertThat(booking.createdAt()).isNotNull();
        assertThat(booking.seatIds()).hasSize(3).doesNotHaveDuplicates();
        assertThat(api.currentAvailability(event.eventId()).lines()).singleElement()
                .satisfies(line -> assertThat(line.available()).isEqualTo(7));
        assertThat(seatsStoredFor(event)).isEqualTo(3);
    }

    @Test
    void locationOfANewBookingShowsItToItsBuyer() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);

        String location = api.place(buyer, UUID.randomUUID().toString(), bookingOf(event, 1))
                .expectStatus().isCreated()
                .returnResult().getResponseHeaders().getFirst(HttpHeaders.LOCATION);

        http.get().uri(location).header(HttpHeaders.AUTHORIZATION, buyer.bearer()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("CONFIRMED");
    }

    @Test
    void rejectsBookingWhenSoldOut() {
        EventPublished event = CatalogEvents.eventOnSale(2);
        api.putOnSale(event);
        api.placeConfirmed(TestUser.attendee(), bookingOf(event, 2));

        api.place(buyer, UUID.randomUUID().toString(), bookingOf(event, 1))
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(typeOf(BookingProblem.SOLD_OUT))
                .jsonPath("$.title").isEqualTo("Sold out")
                .jsonPath("$.status").isEqualTo(409);

        assertThat(bookingsOf(buyer)).isZero();
        assertThat(idempotencyKeysOf(buyer)).as("a rejected attempt leaves its key unused").isZero();
        assertThat(api.currentAvailability(event.eventId()).lines().getFirst().available()).isZero();
    }

    @Test
    void rejectsBookingOfMoreSeatsThanAreLeft() {
        EventPublished event = CatalogEvents.eventOnSale(3);
        api.putOnSale(event);

        api.place(buyer, UUID.randomUUID().toString(), bookingOf(event, 4))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.SOLD_OUT));

        assertThat(api.currentAvailability(event.eventId()).lines().getFirst().available()).isEqualTo(3);
    }

    @Test
    void rejectsQuantityZeroAndStoresNothing() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);

        api.place(buyer, UUID.randomUUID().toString(), bookingOf(event, 0))
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.VALIDATION_FAILED))
                .jsonPath("$.errors[0].field").isEqualTo("quantity");

        assertNothingStoredFor(buyer, event);
    }

    @Test
    void rejectsMoreSeatsThanOneBookingMayTake() {
        EventPublished event = CatalogEvents.eventOnSale(100);
        api.putOnSale(event);

        api.place(buyer, UUID.randomUUID().toString(), bookingOf(event, 11))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.VALIDATION_FAILED))
                .jsonPath("$.errors[0].field").isEqualTo("quantity");

        assertNothingStoredFor(buyer, event);
    }

    @Test
    void rejectsBookingWithMissingFieldsAndStoresNothing() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);

        api.place(buyer, UUID.randomUUID().toString(), Map.of("eventId", event.eventId(), "quantity", 1))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.VALIDATION_FAILED))
                .jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString())
                        .contains("sessionId").contains("ticketTypeId"));

        assertNothingStoredFor(buyer, event);
    }

    @Test
    void rejectsMalformedJsonAndStoresNothing() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);

        api.place(buyer, UUID.randomUUID().toString(), "{\"eventId\": \"" + event.eventId() + "\", \"quantity\": ")
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.MALFORMED_REQUEST));

        assertNothingStoredFor(buyer, event);
    }

    @Test
    void rejectsBookingWithoutIdempotencyKey() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);

        http.post().uri("/api/v1/bookings")
                .header(HttpHeaders.AUTHORIZATION, buyer.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body(bookingOf(event, 1))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        assertNothingStoredFor(buyer, event);
    }

    @Test
    void rejectsIdempotencyKeyLongerThanHundredCharacters() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);

        api.place(buyer, "k".repeat(101), bookingOf(event, 1))
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        assertNothingStoredFor(buyer, event);
    }

    @Test
    void acceptsIdempotencyKeyOfExactlyHundredCharacters() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);

        api.place(buyer, "k".repeat(100), bookingOf(event, 1)).expectStatus().isCreated();
    }

    @Test
    void rejectsBookingOfALineTheEventDoesNotSell() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);

        api.place(buyer, UUID.randomUUID().toString(), Map.of("eventId", event.eventId(),
                        "sessionId", CatalogEvents.firstSession(event), "ticketTypeId", UUID.randomUUID(), "quantity", 1))
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.INVENTORY_LINE_NOT_FOUND));

        assertNothingStoredFor(buyer, event);
    }

    @Test
    void rejectsBookingWithoutToken() {
        EventPublished event = CatalogEvents.eventOnSale(10);

        http.post().uri("/api/v1/bookings")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(bookingOf(event, 1))
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void countsConfirmedBookingsSeatsSoldAndSoldOutRejections() {
        EventPublished event = CatalogEvents.eventOnSale(3);
        api.putOnSale(event);
        double confirmedBefore = counter("ticketing.bookings.confirmed");
        double seatsBefore = counter("ticketing.seats.sold");
        double soldOutBefore = counter("ticketing.bookings.sold.out");

        api.placeConfirmed(buyer, bookingOf(event, 3));
        api.place(TestUser.attendee(), UUID.randomUUID().toString(), bookingOf(event, 1)).expectStatus().isEqualTo(409);

        assertThat(counter("ticketing.bookings.confirmed") - confirmedBefore).isEqualTo(1);
        assertThat(counter("ticketing.seats.sold") - seatsBefore).isEqualTo(3);
        assertThat(counter("ticketing.bookings.sold.out") - soldOutBefore).isEqualTo(1);
    }

    private double counter(String name) {
        return meters.get(name).counter().count();
    }

    private void assertNothingStoredFor(TestUser user, EventPublished event) {
        assertThat(bookingsOf(user)).isZero();
        assertThat(idempotencyKeysOf(user)).isZero();
        assertThat(seatsStoredFor(event)).isZero();
        assertThat(api.currentAvailability(event.eventId()).lines())
                .allSatisfy(line -> assertThat(line.available()).isEqualTo(line.capacity()));
    }

    private int seatsStoredFor(EventPublished event) {
        return jdbc.sql("""
                        SELECT count(*) FROM booking_seat seat JOIN booking ON booking.id = seat.booking_id
                         WHERE booking.event_id = :eventId
                        """)
                .param("eventId", event.eventId()).query(Integer.class).single();
    }
}
