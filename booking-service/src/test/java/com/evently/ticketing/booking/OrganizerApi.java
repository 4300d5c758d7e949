package com.evently.ticketing.booking;

import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.TestUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What organizers and attendees do after booking: the attendee list, feedback. Calls booking over HTTP. */
final class OrganizerApi {

    record Attendee(UUID seatId, UUID bookingId, String holderName, String holderEmail, UUID sessionId,
                    String sessionName, UUID ticketTypeId, String ticketTypeName, String bookingStatus,
                    Instant checkedInAt) {
    }

    record Page(int number, int size, long totalElements, int totalPages) {
    }

    record Attendees(List<Attendee> items, Page page) {
    }

    record Comment(UUID sessionId, UUID ticketTypeId, int rating, String comment, Instant givenAt) {
    }

    record Comments(List<Comment> items, Page page) {
    }

    record FeedbackReport(UUID eventId, long count, Double averageRating, Map<String, Long> ratings, Comments comments) {
    }

    private final RestTestClient http;

    /**
     * {@code path} with the query {@code parameters} (name, value, name, value…) as URI variables, so that each
     * value is percent-encoded as a client would send it.
     */
    private static String withQuery(String path, String... parameters) {
        StringBuilder uri = new StringBuilder(path);
        for (int index = 0; index < parameters.length; index += 2) {
            uri.append(index == 0 ? '?' : '&').append(parameters[index]).append("={v").append(index).append('}');
        }
        return uri.toString();
    }

    private static Map<String, String> valuesOf(String... parameters) {
        Map<String, String> values = new HashMap<>();
        for (int index = 0; index < parameters.length; index += 2) {
            values.put("v" + index, parameters[index + 1]);
        }
        return values;
    }

    OrganizerApi(RestTestClient http) {
        this.http = http;
    }

    /** {@code event} as published by {@code organizer}. */
    static EventPublished organizedBy(TestUser organizer, EventPublished event) {
        return new EventPublished(event.eventId(), organizer.id(), event.title(), event.venue(), event.timeZone(),
                event.sessions(), event.ticketTypes(), event.publishedAt());
    }

    /** A booking request body for one line of the event. */
    static Map<String, Object> bookingOf(EventPublished event, int session, int ticketType, int quantity) {
        return Map.of(
                "eventId", event.eventId(),
                "sessionId", event.sessions().get(session).sessionId(),
                "ticketTypeId", event.ticketTypes().get(ticketType).ticketTypeId(),
                "quantity", quantity);
    }

    RestTestClient.ResponseSpec attendees(TestUser user, UUID eventId, String... query) {
        return http.get().uri(withQuery("/api/v1/events/" + eventId + "/attendees", query), valuesOf(query))
                .header(HttpHeaders.AUTHORIZATION, user.bearer())
                .accept(MediaType.APPLICATION_JSON)
                .exchange();
    }

    Attendees attendeesOk(TestUser user, UUID eventId, String... query) {
        return attendees(user, eventId, query).expectStatus().isOk()
                .expectBody(Attendees.class).returnResult().getResponseBody();
    }

    RestTestClient.ResponseSpec attendeesCsv(TestUser user, UUID eventId, String... query) {
        return http.get().uri(withQuery("/api/v1/events/" + eventId + "/attendees", query), valuesOf(query))
                .header(HttpHeaders.AUTHORIZATION, user.bearer())
                .accept(MediaType.parseMediaType("text/csv"))
                .exchange();
    }

    RestTestClient.ResponseSpec giveFeedback(TestUser user, UUID bookingId, Object body) {
        return http.post().uri("/api/v1/bookings/{id}/feedback", bookingId)
                .header(HttpHeaders.AUTHORIZATION, user.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange();
    }

    RestTestClient.ResponseSpec feedback(TestUser user, UUID eventId, String... query) {
        return http.get().uri(withQuery("/api/v1/events/" + eventId + "/feedback", query), valuesOf(query))
                .header(HttpHeaders.AUTHORIZATION, user.bearer())
                .exchange();
    }

    FeedbackReport feedbackOk(TestUser user, UUID eventId, String... query) {
        return feedback(user, eventId, query).expectStatus().isOk()
                .expectBody(FeedbackReport.class).returnResult().getResponseBody();
    }
}
