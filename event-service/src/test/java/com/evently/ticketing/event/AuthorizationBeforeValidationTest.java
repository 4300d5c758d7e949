package com.evently.ticketing.event;

import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.util.Map;
import java.util.UUID;

import static com.evently.ticketing.event.EventRequests.javaDay;

/**
 * Whether the caller's role may change events is decided before the request body is read: an attendee gets 403
 * for any body, valid, invalid or not even JSON, and never a validation report describing what an organizer
 * would have to send. Organizers still get that report.
 */
class AuthorizationBeforeValidationTest extends EventServiceIntegrationTest {

    private static final String MALFORMED = "{\"title\": \"Half an event\", \"sessions\": [";

    @Test
    void attendeeCreatingAnEventWithAnInvalidOrMalformedBodyIsForbidden() {
        TestUser attendee = TestUser.attendee();
        Map<String, Object> invalid = javaDay("Broken");
        invalid.remove("title");

        expectForbidden(catalog.create(attendee, invalid));
        expectForbidden(catalog.create(attendee, MALFORMED));
    }

    @Test
    void attendeeChangingAnEventWithAnInvalidOrMalformedBodyIsForbidden() {
        TestUser attendee = TestUser.attendee();
        UUID id = catalog.createPublished(TestUser.organizer(), javaDay("Someone else's"));

        expectForbidden(catalog.revise(attendee, id, "\"2\"", Map.of("title", "")));
        expectForbidden(catalog.revise(attendee, id, null, MALFORMED));
        expectForbidden(catalog.cancel(attendee, id, Map.of("reason", "x".repeat(1001))));
        expectForbidden(catalog.cancel(attendee, id, "{\"reason\": "));
    }

    @Test
    void organizerStillGetsTheValidationReport() {
        TestUser organizer = TestUser.organizer();
        Map<String, Object> invalid = javaDay("Broken");
        invalid.remove("title");

        catalog.create(organizer, invalid)
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.VALIDATION_FAILED))
                .jsonPath("$.errors[0].field").isEqualTo("title");
        catalog.create(organizer, MALFORMED)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.MALFORMED_REQUEST));
    }

    @Test
    void callerWithoutTokenIsAskedToAuthenticateWhateverTheBody() {
        catalog.create(null, MALFORMED).expectStatus().isUnauthorized();
    }

    private static void expectForbidden(RestTestClient.ResponseSpec response) {
        response.expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.FORBIDDEN));
    }
}
