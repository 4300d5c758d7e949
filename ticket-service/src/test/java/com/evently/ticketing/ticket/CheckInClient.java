package com.evently.ticketing.ticket;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Money;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.TestEventBus;
import com.evently.ticketing.testsupport.TestUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A door scanner talking to the service, and the catalogue telling it who organizes an event. */
final class CheckInClient {

    private final RestTestClient http;
    private final JsonMapper json;

    CheckInClient(RestTestClient http, JsonMapper json) {
        this.http = http;
        this.json = json;
    }

    /** Announces the event as event-service does on publishing it; returns the {@code ce_id}. */
    String eventPublished(UUID eventId, TestUser organizer) {
        EventPublished published = new EventPublished(eventId, organizer.id(), "Java Day", "Hall A", "Europe/Lisbon",
                List.of(new EventPublished.Session(UUID.randomUUID(), "Day 1", Instant.now(), Instant.now())),
                List.of(new EventPublished.TicketType(UUID.randomUUID(), "Standard", new Money("25.00", "EUR"), 100, null)),
                Instant.now());
        return TestEventBus.publish(EventTypes.EVENT_PUBLISHED, eventId.toString(), json.writeValueAsString(published));
    }

    RestTestClient.ResponseSpec post(String uri, Object body, TestUser caller) {
        return http.post().uri(uri).header(HttpHeaders.AUTHORIZATION, caller.bearer())
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    Answer scan(String qrPayload, String gate, UUID scanId, TestUser scanner) {
        return post("/api/v1/check-ins", Map.of("qrPayload", qrPayload, "gate", gate, "scanId", scanId), scanner)
                .expectStatus().isOk()
                .expectBody(Answer.class).returnResult().getResponseBody();
    }

    Answer scan(String qrPayload, TestUser scanner) {
        return scan(qrPayload, "North door", UUID.randomUUID(), scanner);
    }

    record Answer(UUID scanId, String result, UUID ticketId, String holderInitials, Instant checkedInAt, String gate) {
    }

    record Conflict(UUID scanId, UUID ticketId, UUID admittingScanId, Instant admittedAt, String admittingGate) {
    }

    record Batch(List<Answer> results, List<Conflict> conflicts) {
    }
}
