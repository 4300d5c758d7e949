package com.evently.ticketing.analytics;

import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.json.JsonMapper;

import java.util.UUID;

/** Who may read an event's statistics: ADMIN, or the organizer the catalog named; nobody else learns it exists. */
@ServiceIntegrationTest
class EventStatisticsAccessTest {

    private static final String EVENT_NOT_FOUND = "https://ticketing.evently.dev/problems/event-not-found";

    private final TestUser organizer = TestUser.organizer();
    private final TestUser admin = TestUser.admin();

    @Autowired
    private RestTestClient http;
    @Autowired
    private JsonMapper json;

    private EventStatisticsApi api;
    private EventPublished event;

    @BeforeEach
    void listAnEventOfTheOrganizer() {
        IntegrationEventFeed feed = new IntegrationEventFeed(json);
        api = new EventStatisticsApi(http);
        event = feed.eventPublished(UUID.randomUUID(), organizer.id(), 1, 50);
        feed.publish(event);
        api.awaitStatistics(event.eventId(), admin, body -> body.jsonPath("$.capacity").isEqualTo(50));
    }

    @Test
    void organizerOfTheEventSeesItsStatistics() {
        api.show(event.eventId(), organizer).expectStatus().isOk()
                .expectBody().jsonPath("$.eventId").isEqualTo(event.eventId().toString());
    }

    @Test
    void adminSeesAnyOrganizersStatistics() {
        api.show(event.eventId(), admin).expectStatus().isOk()
                .expectBody().jsonPath("$.eventId").isEqualTo(event.eventId().toString());
    }

    @Test
    void anotherOrganizerIsToldTheEventDoesNotExist() {
        expectEventNotFound(api.show(event.eventId(), TestUser.organizer()));
    }

    @Test
    void attendeeIsToldTheEventDoesNotExist() {
        expectEventNotFound(api.show(event.eventId(), TestUser.attendee()));
    }

    @Test
    void unknownEventIsNotFound() {
        expectEventNotFound(api.show(UUID.randomUUID(), admin));
    }

    @Test
    void requestWithoutTokenIsUnauthorized() {
        api.showWithoutToken(event.eventId())
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
    }

    private static void expectEventNotFound(RestTestClient.ResponseSpec response) {
        response.expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(EVENT_NOT_FOUND)
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.capacity").doesNotExist();
    }
}
