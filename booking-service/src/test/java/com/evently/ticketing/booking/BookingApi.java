package com.evently.ticketing.booking;

import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.TestUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Calls booking-service over HTTP the way a client does. */
final class BookingApi {

    record Booking(UUID id, String status, UUID eventId, UUID sessionId, UUID ticketTypeId, int quantity,
                   Instant createdAt, List<UUID> seatIds, int revision, String rsvp, List<StatusChange> history) {
    }

    record StatusChange(String status, Instant at, UUID actor, String reason) {
    }

    record Page(List<Booking> items, Metadata page) {

        record Metadata(int number, int size, long totalElements, int totalPages) {
        }
    }

    record Availability(UUID eventId, String status, List<Line> lines) {

        record Line(UUID sessionId, UUID ticketTypeId, int capacity, int available) {
        }

        int availableOf(UUID sessionId, UUID ticketTypeId) {
            return lines.stream()
                    .filter(line -> line.sessionId().equals(sessionId) && line.ticketTypeId().equals(ticketTypeId))
                    .findFirst().orElseThrow().available();
        }
    }

    private final RestTestClient http;

    BookingApi(RestTestClient http) {
        this.http = http;
    }

    /** A booking request body for the event's first line. */
    static Map<String, Object> bookingOf(EventPublished event, int quantity) {
        return Map.of(
                "eventId", event.eventId(),
                "sessionId", CatalogEvents.firstSession(event),
                "ticketTypeId", CatalogEvents.firstTicketType(event),
                "quantity", quantity);
    }

    RestTestClient.ResponseSpec place(TestUser user, String idempotencyKey, Object body) {
        return http.post().uri("/api/v1/bookings")
                .header(HttpHeaders.AUTHORIZATION, user.bearer())
                .header("Idempotency-Key", idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange();
    }

    /** Places a booking that must succeed and returns it. */
    Booking placeConfirmed(TestUser user, Object body) {
        return place(user, UUID.randomUUID().toString(), body)
                .expectStatus().isCreated()
                .expectBody(Booking.class).returnResult().getResponseBody();
    }

    RestTestClient.ResponseSpec view(TestUser user, UUID bookingId) {
        return http.get().uri("/api/v1/bookings/{id}", bookingId)
                .header(HttpHeaders.AUTHORIZATION, user.bearer())
                .exchange();
    }

    /** {@code query} is the query string without "?", e.g. {@code "status=CANCELLED&page=1&size=2"}. */
    RestTestClient.ResponseSpec list(TestUser user, String query) {
        return http.get().uri("/api/v1/bookings?" + query)
                .header(HttpHeaders.AUTHORIZATION, user.bearer())
                .exchange();
    }

    Page listed(TestUser user, String query) {
        return list(user, query).expectStatus().isOk().expectBody(Page.class).returnResult().getResponseBody();
    }

    RestTestClient.ResponseSpec edit(TestUser user, UUID bookingId, String idempotencyKey, Object body) {
        return http.patch().uri("/api/v1/bookings/{id}", bookingId)
                .header(HttpHeaders.AUTHORIZATION, user.bearer())
                .header("Idempotency-Key", idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange();
    }

    RestTestClient.ResponseSpec edit(TestUser user, UUID bookingId, Object body) {
        return edit(user, bookingId, UUID.randomUUID().toString(), body);
    }

    RestTestClient.ResponseSpec cancel(TestUser user, UUID bookingId) {
        return http.post().uri("/api/v1/bookings/{id}/cancel", bookingId)
                .header(HttpHeaders.AUTHORIZATION, user.bearer())
                .exchange();
    }

    RestTestClient.ResponseSpec cancel(TestUser user, UUID bookingId, Object body) {
        return http.post().uri("/api/v1/bookings/{id}/cancel", bookingId)
                .header(HttpHeaders.AUTHORIZATION, user.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange();
    }

    RestTestClient.ResponseSpec rsvp(TestUser user, UUID bookingId, String answer) {
        return http.put().uri("/api/v1/bookings/{id}/rsvp", bookingId)
                .header(HttpHeaders.AUTHORIZATION, user.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("answer", answer))
                .exchange();
    }

    RestTestClient.ResponseSpec availability(UUID eventId) {
        return http.get().uri("/api/v1/events/{id}/availability", eventId).exchange();
    }

    Availability currentAvailability(UUID eventId) {
        return availability(eventId).expectStatus().isOk()
                .expectBody(Availability.class).returnResult().getResponseBody();
    }

    /** Waits until booking has consumed the event's EventPublished and answers its availability. */
    Availability awaitAvailability(UUID eventId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                availability(eventId).returnResult().getStatus().isSameCodeAs(HttpStatus.OK));
        return currentAvailability(eventId);
    }

    /** Publishes the event and waits until it is on sale. */
    Availability putOnSale(EventPublished event) {
        CatalogEvents.publish(event);
        return awaitAvailability(event.eventId());
    }
}
