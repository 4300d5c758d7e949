package com.evently.ticketing.analytics;

import com.evently.ticketing.analytics.adapter.in.web.AnalyticsProblem;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.util.UUID;

/** Who may read an event's statistics: ADMIN, or the organizer the catalog named; nobody else learns it exists. */
class EventStatisticsAccessTest extends AnalyticsIntegrationTest {

    private final TestUser organizer = TestUser.organizer();

    private EventPublished event;

    @BeforeEach
    void listAnEventOfTheOrganizer() {
        event = events.eventPublished(UUID.randomUUID(), organizer.id(), 1, 50);
        events.publish(event);
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
                .jsonPath("$.type").isEqualTo(AnalyticsProblem.EVENT_NOT_FOUND.type().toString())
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.capacity").doesNotExist();
    }
}
