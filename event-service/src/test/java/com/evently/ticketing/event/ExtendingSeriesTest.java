package com.evently.ticketing.event;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.event.adapter.in.web.EventProblem;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.evently.ticketing.event.EventRequests.javaDay;
import static com.evently.ticketing.event.EventRequests.session;
import static com.evently.ticketing.event.EventRequests.ticketType;
import static org.assertj.core.api.Assertions.assertThat;

/** A published event grows by a session or a ticket type: stored, versioned and announced for booking-service. */
class ExtendingSeriesTest extends EventServiceIntegrationTest {

    @Test
    void addedSessionIsStoredAfterTheOthersAndAnnouncedWithEveryTicketType() {
        TestUser organizer = TestUser.organizer();
        UUID eventId = catalog.createPublished(organizer, javaDay("Runs again"));
        String etag = catalog.etagOf(organizer, eventId);

        String newEtag = post(organizer, eventId, "sessions", etag,
                session("Encore", "2027-03-08T09:00:00+00:00", "2027-03-08T17:00:00+00:00"))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.sessions.length()").isEqualTo(2)
                .jsonPath("$.sessions[1].name").isEqualTo("Encore")
                .returnResult().getResponseHeaders().getETag();

        assertThat(newEtag).isNotEqualTo(etag);
        Map<String, Object> read = catalog.read(organizer, eventId);
        assertThat((List<?>) read.get("sessions")).hasSize(2);
        assertThat(outbox.payloads(eventId, EventTypes.SESSION_ADDED)).singleElement().satisfies(payload -> {
            Map<?, ?> added = json.readValue(payload, Map.class);
            assertThat(((Map<?, ?>) added.get("session")).get("name")).isEqualTo("Encore");
            assertThat((List<?>) added.get("ticketTypes")).hasSize(2);
        });
    }

    @Test
    void addedTicketTypeIsAnnouncedForEverySession() {
        TestUser organizer = TestUser.organizer();
        UUID eventId = catalog.createPublished(organizer, javaDay("More seats"));

        post(organizer, eventId, "ticket-types", catalog.etagOf(organizer, eventId), ticketType("Balcony", "15.00", 40))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.ticketTypes.length()").isEqualTo(3)
                .jsonPath("$.ticketTypes[2].name").isEqualTo("Balcony")
                .jsonPath("$.ticketTypes[2].capacity").isEqualTo(40);

        assertThat(outbox.payloads(eventId, EventTypes.TICKET_TYPE_ADDED)).singleElement().satisfies(payload -> {
            Map<?, ?> added = json.readValue(payload, Map.class);
            assertThat(((Map<?, ?>) added.get("ticketType")).get("capacity")).isEqualTo(40);
            assertThat((List<?>) added.get("sessionIds")).hasSize(1);
        });
    }

    @Test
    void retiredTicketTypeStaysListedAndIsAnnouncedOnce() {
        TestUser organizer = TestUser.organizer();
        UUID eventId = catalog.createPublished(organizer, javaDay("Fewer kinds"));
        String vip = (String) ((Map<?, ?>) ((List<?>) catalog.read(organizer, eventId).get("ticketTypes")).get(1))
                .get("id");

        String etag = catalog.retire(organizer, eventId, vip, catalog.etagOf(organizer, eventId))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.ticketTypes.length()").isEqualTo(2)
                .jsonPath("$.ticketTypes[1].retiredAt").exists()
                .jsonPath("$.ticketTypes[0].retiredAt").doesNotExist()
                .returnResult().getResponseHeaders().getETag();
        catalog.retire(organizer, eventId, vip, etag).expectStatus().isOk().expectHeader().valueEquals("ETag", etag);

        assertThat(catalog.read(organizer, eventId).get("ticketTypes").toString()).contains("retiredAt");
        assertThat(outbox.payloads(eventId, EventTypes.TICKET_TYPE_RETIRED)).singleElement()
                .satisfies(payload -> assertThat(payload).contains(vip));
        catalog.retire(organizer, eventId, UUID.randomUUID().toString(), etag).expectStatus().isNotFound();
    }

    @Test
    void refusalsChangeNothing() {
        TestUser organizer = TestUser.organizer();
        UUID draft = catalog.createDraft(organizer, javaDay("Draft"));
        post(organizer, draft, "sessions", "\"1\"",
                session("Encore", "2027-03-08T09:00:00+00:00", "2027-03-08T17:00:00+00:00"))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(EventProblem.INVALID_STATE));

        UUID eventId = catalog.createPublished(organizer, javaDay("Guarded"));
        String etag = catalog.etagOf(organizer, eventId);
        long outboxBefore = outbox.count(eventId);
        post(organizer, eventId, "sessions", "\"1\"",
                session("Encore", "2027-03-08T09:00:00+00:00", "2027-03-08T17:00:00+00:00"))
                .expectStatus().isEqualTo(412);
        post(organizer, eventId, "sessions", etag,
                session("Backwards", "2027-03-08T17:00:00+00:00", "2027-03-08T09:00:00+00:00"))
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        post(organizer, eventId, "ticket-types", etag, ticketType("Free-for-all", "0.00", 0))
                .expectStatus().isBadRequest();
        post(TestUser.organizer(), eventId, "ticket-types", etag, ticketType("Stolen", "1.00", 5))
                .expectStatus().isForbidden();

        assertThat(catalog.etagOf(organizer, eventId)).isEqualTo(etag);
        assertThat(outbox.count(eventId)).isEqualTo(outboxBefore);
    }

    private ResponseSpec post(TestUser user, UUID eventId, String what, String ifMatch, Object body) {
        return http.post().uri(EventApi.EVENTS + "/{id}/" + what, eventId)
                .headers(headers -> {
                    headers.set(HttpHeaders.AUTHORIZATION, user.bearer());
                    headers.setIfMatch(ifMatch);
                })
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange();
    }
}
