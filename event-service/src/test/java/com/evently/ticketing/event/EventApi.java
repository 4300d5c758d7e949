package com.evently.ticketing.event;

import com.evently.ticketing.testsupport.TestUser;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import java.util.Map;
import java.util.UUID;

/** The event endpoints as a test calls them over HTTP; a null user calls without a token. */
final class EventApi {

    static final String EVENTS = "/api/v1/events";

    private final RestTestClient http;

    EventApi(RestTestClient http) {
        this.http = http;
    }

    ResponseSpec create(TestUser user, Object body) {
        return http.post().uri(EVENTS)
                .headers(headers -> authorize(headers, user))
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange();
    }

    UUID createDraft(TestUser organizer, Map<String, Object> body) {
        return idOf(create(organizer, body));
    }

    UUID createPublished(TestUser organizer, Map<String, Object> body) {
        UUID id = idOf(create(organizer, body));
        publish(organizer, id).expectStatus().isOk();
        return id;
    }

    ResponseSpec publish(TestUser user, UUID eventId) {
        return http.post().uri(EVENTS + "/{id}/publish", eventId)
                .headers(headers -> authorize(headers, user))
                .exchange();
    }

    ResponseSpec revise(TestUser user, UUID eventId, String ifMatch, Object body) {
        return http.put().uri(EVENTS + "/{id}", eventId)
                .headers(headers -> {
                    authorize(headers, user);
                    if (ifMatch != null) {
                        headers.setIfMatch(ifMatch);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange();
    }

    ResponseSpec changeCapacity(TestUser user, UUID eventId, UUID ticketTypeId, String ifMatch, int capacity) {
        return http.patch().uri(EVENTS + "/{id}/ticket-types/{ticketTypeId}", eventId, ticketTypeId)
                .headers(headers -> {
                    authorize(headers, user);
                    if (ifMatch != null) {
                        headers.setIfMatch(ifMatch);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("capacity", capacity))
                .exchange();
    }

    ResponseSpec retire(TestUser user, UUID eventId, String ticketTypeId, String ifMatch) {
        return http.post().uri(EVENTS + "/{id}/ticket-types/{ticketTypeId}/retire", eventId, ticketTypeId)
                .headers(headers -> {
                    authorize(headers, user);
                    if (ifMatch != null) {
                        headers.setIfMatch(ifMatch);
                    }
                })
                .exchange();
    }

    /** Cancels with a JSON body, or with no body at all when {@code body} is null. */
    ResponseSpec cancel(TestUser user, UUID eventId, Object body) {
        RestTestClient.RequestBodySpec request = http.post().uri(EVENTS + "/{id}/cancel", eventId)
                .headers(headers -> authorize(headers, user));
        return body == null ? request.exchange() : request.contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    ResponseSpec delete(TestUser user, UUID eventId) {
        return http.delete().uri(EVENTS + "/{id}", eventId)
                .headers(headers -> authorize(headers, user))
                .exchange();
    }

    /** The event as {@code user} reads it, as a mutable map a test can change and PUT back. */
    Map<String, Object> read(TestUser user, UUID eventId) {
        return view(user, eventId).expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<Map<String, Object>>() { }).getResponseBody();
    }

    /** The ETag a GET returns, e.g. {@code "2"} with its quotes, ready for If-Match. */
    String etagOf(TestUser user, UUID eventId) {
        return view(user, eventId).expectStatus().isOk().returnResult().getResponseHeaders().getETag();
    }

    ResponseSpec view(TestUser user, UUID eventId) {
        return http.get().uri(EVENTS + "/{id}", eventId)
                .headers(headers -> authorize(headers, user))
                .exchange();
    }

    ResponseSpec search(String queryString, Object... values) {
        return http.get().uri(EVENTS + "?" + queryString, values).exchange();
    }

    private static UUID idOf(ResponseSpec created) {
        return UUID.fromString(created.expectStatus().isCreated()
                .returnResult(EventBody.class).getResponseBody().id());
    }

    private static void authorize(HttpHeaders headers, TestUser user) {
        if (user != null) {
            headers.set(HttpHeaders.AUTHORIZATION, user.bearer());
        }
    }

    record EventBody(String id) {
    }
}
