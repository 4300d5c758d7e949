package com.evently.ticketing.booking;

import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.TestUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Calls booking-service's waiting-list endpoints over HTTP the way a client does. */
final class WaitlistApi {

    record Entry(UUID id, UUID sessionId, UUID ticketTypeId, int quantity, int position, Instant joinedAt) {
    }

    record Offer(UUID id, String status, UUID eventId, UUID sessionId, UUID ticketTypeId, int quantity,
                 Instant expiresAt, UUID bookingId) {
    }

    record Standing(UUID eventId, List<Entry> entries, List<Offer> offers) {
    }

    private final RestTestClient http;

    WaitlistApi(RestTestClient http) {
        this.http = http;
    }

    /** A join request for the event's first line. */
    static Map<String, Object> waitFor(EventPublished event, int quantity) {
        return Map.of(
                "sessionId", CatalogEvents.firstSession(event),
                "ticketTypeId", CatalogEvents.firstTicketType(event),
                "quantity", quantity);
    }

    RestTestClient.ResponseSpec join(TestUser user, EventPublished event, Object body) {
        return http.post().uri("/api/v1/events/{id}/waitlist", event.eventId())
                .header(HttpHeaders.AUTHORIZATION, user.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange();
    }

    Entry joined(TestUser user, EventPublished event, int quantity) {
        return join(user, event, waitFor(event, quantity))
                .expectStatus().isCreated()
                .expectBody(Entry.class).returnResult().getResponseBody();
    }

    Standing standingOf(TestUser user, EventPublished event) {
        return http.get().uri("/api/v1/events/{id}/waitlist", event.eventId())
                .header(HttpHeaders.AUTHORIZATION, user.bearer())
                .exchange()
                .expectStatus().isOk()
                .expectBody(Standing.class).returnResult().getResponseBody();
    }

    /** The user's one open offer for the event. */
    Offer openOfferOf(TestUser user, EventPublished event) {
        List<Offer> offers = standingOf(user, event).offers();
        if (offers.size() != 1) {
            throw new AssertionError("expected one open offer, found " + offers);
        }
        return offers.getFirst();
    }

    RestTestClient.ResponseSpec leave(TestUser user, EventPublished event) {
        return http.delete().uri("/api/v1/events/{id}/waitlist?sessionId={session}&ticketTypeId={type}",
                        event.eventId(), CatalogEvents.firstSession(event), CatalogEvents.firstTicketType(event))
                .header(HttpHeaders.AUTHORIZATION, user.bearer())
                .exchange();
    }

    RestTestClient.ResponseSpec accept(TestUser user, UUID offerId) {
        return http.post().uri("/api/v1/waitlist-offers/{id}/accept", offerId)
                .header(HttpHeaders.AUTHORIZATION, user.bearer())
                .exchange();
    }

    RestTestClient.ResponseSpec decline(TestUser user, UUID offerId) {
        return http.post().uri("/api/v1/waitlist-offers/{id}/decline", offerId)
                .header(HttpHeaders.AUTHORIZATION, user.bearer())
                .exchange();
    }
}
