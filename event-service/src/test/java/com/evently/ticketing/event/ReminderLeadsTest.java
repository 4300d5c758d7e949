package com.evently.ticketing.event;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.testsupport.ContractAssertions;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static com.evently.ticketing.event.EventRequests.javaDay;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organizer chooses how long before each session its holders are reminded; the choice travels with the event's
 * announcements to the notification service, and leaving it out leaves it to that service's default.
 */
class ReminderLeadsTest extends EventServiceIntegrationTest {

    @Test
    void chosenLeadsAreKeptLongestFirstAndAnnouncedOnPublication() {
        TestUser organizer = TestUser.organizer();
        Map<String, Object> body = javaDay("Reminded conference");
        body.put("reminderLeads", List.of("PT2H", "P3D", "PT30M"));

        UUID id = catalog.createPublished(organizer, body);

        catalog.view(organizer, id).expectStatus().isOk().expectBody()
                .jsonPath("$.reminderLeads").isEqualTo(List.of("PT72H", "PT2H", "PT30M"));
        List<String> published = outbox.payloads(id, EventTypes.EVENT_PUBLISHED);
        assertThat(published).hasSize(1);
        ContractAssertions.assertMatchesSchema(EventTypes.EVENT_PUBLISHED, published.getFirst());
        assertThat(leadsIn(published.getFirst())).containsExactly("PT72H", "PT2H", "PT30M");
    }

    @Test
    void leadsLeftOutAreTheServiceDefaultAndAnnouncedAsAbsent() {
        TestUser organizer = TestUser.organizer();

        UUID id = catalog.createPublished(organizer, javaDay("Default reminders"));

        catalog.view(organizer, id).expectStatus().isOk().expectBody().jsonPath("$.reminderLeads").doesNotExist();
        JsonNode payload = json.readTree(outbox.payloads(id, EventTypes.EVENT_PUBLISHED).getFirst());
        assertThat(payload.path("reminderLeads").isMissingNode() || payload.path("reminderLeads").isNull()).isTrue();
    }

    @Test
    void aPublishedEventsLeadsChangeLikeItsOtherDetailsAndAreAnnounced() {
        TestUser organizer = TestUser.organizer();
        Map<String, Object> body = javaDay("Changing reminders");
        UUID id = catalog.createPublished(organizer, body);

        body.put("reminderLeads", List.of());
        catalog.revise(organizer, id, "\"2\"", body).expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"3\"")
                .expectBody().jsonPath("$.reminderLeads").isEmpty();
        body.put("reminderLeads", List.of("P1D"));
        catalog.revise(organizer, id, "\"3\"", body).expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"4\"");
        // the same leads written differently are no change
        body.put("reminderLeads", List.of("PT24H"));
        catalog.revise(organizer, id, "\"4\"", body).expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"4\"");

        List<String> updates = outbox.payloads(id, EventTypes.EVENT_UPDATED);
        assertThat(updates).hasSize(2);
        updates.forEach(update -> ContractAssertions.assertMatchesSchema(EventTypes.EVENT_UPDATED, update));
        assertThat(leadsIn(updates.get(0))).isEmpty();
        assertThat(leadsIn(updates.get(1))).containsExactly("PT24H");
    }

    @Test
    void aCopyKeepsTheOriginalsLeads() {
        TestUser organizer = TestUser.organizer();
        Map<String, Object> body = javaDay("Copied reminders");
        body.put("reminderLeads", List.of("PT6H"));
        UUID id = catalog.createDraft(organizer, body);

        String copy = http.post().uri(EventApi.EVENTS + "/{id}/clone", id)
                .header("Authorization", organizer.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("shiftBy", "P7D"))
                .exchange()
                .expectStatus().isCreated()
                .returnResult(EventApi.EventBody.class).getResponseBody().id();

        catalog.view(organizer, UUID.fromString(copy)).expectStatus().isOk().expectBody()
                .jsonPath("$.reminderLeads").isEqualTo(List.of("PT6H"));
    }

    static Stream<Object> invalidLeads() {
        return Stream.of(
                List.of("PT24H", "PT12H", "PT2H", "PT1H"),
                List.of("PT14M"),
                List.of("P14DT1S"),
                List.of("PT2H", "PT120M"),
                List.of("tomorrow"),
                List.of("P1W"),
                List.of("-PT2H"),
                "PT2H");
    }

    @ParameterizedTest
    @MethodSource("invalidLeads")
    void leadsOutsideTheBoundsAreRefusedAndChangeNothing(Object leads) {
        TestUser organizer = TestUser.organizer();
        Map<String, Object> body = javaDay("Bounded reminders");
        UUID id = catalog.createDraft(organizer, body);
        body.put("reminderLeads", leads);

        catalog.create(organizer, body).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        catalog.revise(organizer, id, "\"1\"", body).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        catalog.view(organizer, id).expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody().jsonPath("$.reminderLeads").doesNotExist();
    }

    @Test
    void aRefusedLeadIsNamedAsTheFieldInError() {
        Map<String, Object> body = javaDay("Named field");
        body.put("reminderLeads", List.of("PT5M"));

        catalog.create(TestUser.organizer(), body).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.VALIDATION_FAILED))
                .jsonPath("$.errors[0].field").isEqualTo("reminderLeads");
    }

    private List<String> leadsIn(String payload) {
        return json.readTree(payload).path("reminderLeads").valueStream().map(JsonNode::asString).toList();
    }
}
