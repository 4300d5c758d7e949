package com.evently.ticketing.event;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.event.adapter.in.web.EventProblem;
import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.testsupport.ContractAssertions;
import com.evently.ticketing.testsupport.TestEventBus;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.evently.ticketing.event.EventRequests.javaDay;
import static org.assertj.core.api.Assertions.assertThat;

class CancellingEventsTest extends EventServiceIntegrationTest {

    @Test
    void organizerCancelsTheirPublishedEventAndEveryoneHearsOfIt() {
        TestUser organizer = TestUser.organizer();
        UUID id = catalog.createPublished(organizer, javaDay("Rained off"));

        catalog.cancel(organizer, id, Map.of("reason", "The venue is flooded"))
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"3\"")
                .expectBody()
                .jsonPath("$.status").isEqualTo("CANCELLED")
                .jsonPath("$.cancellationReason").isEqualTo("The venue is flooded")
                .jsonPath("$.cancelledAt").isNotEmpty();

        catalog.view(null, id)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("CANCELLED")
                .jsonPath("$.cancellationReason").isEqualTo("The venue is flooded");

        List<String> outboxPayloads = outbox.payloads(id, EventTypes.EVENT_CANCELLED);
        assertThat(outboxPayloads).hasSize(1);
        ContractAssertions.assertMatchesSchema(EventTypes.EVENT_CANCELLED, outboxPayloads.getFirst());

        List<TestEventBus.Message> sent = TestEventBus.await(Topics.CATALOG_EVENTS,
                message -> id.toString().equals(message.key()) && EventTypes.EVENT_CANCELLED.equals(message.eventType()),
                1, Duration.ofSeconds(30));
        assertThat(sent).hasSize(1);
        ContractAssertions.assertMatchesSchema(EventTypes.EVENT_CANCELLED, sent.getFirst().payload());
        JsonNode payload = json.readTree(sent.getFirst().payload());
        assertThat(payload.get("eventId").asString()).isEqualTo(id.toString());
        assertThat(payload.get("organizerId").asString()).isEqualTo(organizer.id().toString());
        assertThat(payload.get("reason").asString()).isEqualTo("The venue is flooded");
        assertThat(payload.get("cancelledAt").asString()).isNotBlank();
    }

    @Test
    void cancellingNeedsNoReason() {
        TestUser organizer = TestUser.organizer();
        UUID id = catalog.createPublished(organizer, javaDay("No reason given"));

        catalog.cancel(organizer, id, null)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("CANCELLED")
                .jsonPath("$.cancellationReason").doesNotExist();

        List<String> outboxPayloads = outbox.payloads(id, EventTypes.EVENT_CANCELLED);
        assertThat(outboxPayloads).hasSize(1);
        ContractAssertions.assertMatchesSchema(EventTypes.EVENT_CANCELLED, outboxPayloads.getFirst());
    }

    @Test
    void cancelledEventLeavesThePublicList() {
        TestUser organizer = TestUser.organizer();
        String marker = "tag" + UUID.randomUUID().toString().substring(0, 8);
        UUID cancelled = catalog.createPublished(organizer, javaDay(marker + " cancelled"));
        UUID kept = catalog.createPublished(organizer, javaDay(marker + " kept"));

        catalog.cancel(organizer, cancelled, null).expectStatus().isOk();

        catalog.search("q={q}", marker)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[*].id").isEqualTo(List.of(kept.toString()))
                .jsonPath("$.page.totalElements").isEqualTo(1);
    }

    @Test
    void cancellingTwiceConflictsAndAnnouncesOnce() {
        TestUser organizer = TestUser.organizer();
        UUID id = catalog.createPublished(organizer, javaDay("Cancelled once"));
        catalog.cancel(organizer, id, null).expectStatus().isOk();

        catalog.cancel(organizer, id, Map.of("reason", "Really cancelled"))
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(typeOf(EventProblem.INVALID_STATE))
                .jsonPath("$.eventStatus").isEqualTo("CANCELLED");

        assertThat(outbox.payloads(id, EventTypes.EVENT_CANCELLED)).hasSize(1);
        catalog.view(organizer, id).expectHeader().valueEquals("ETag", "\"3\"");
    }

    @Test
    void draftIsDeletedRatherThanCancelled() {
        TestUser organizer = TestUser.organizer();
        UUID id = catalog.createDraft(organizer, javaDay("Never announced"));

        catalog.cancel(organizer, id, null)
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo(typeOf(EventProblem.INVALID_STATE))
                .jsonPath("$.eventStatus").isEqualTo("DRAFT");

        catalog.view(organizer, id).expectBody().jsonPath("$.status").isEqualTo("DRAFT");
        assertThat(outbox.count(id)).isZero();
    }

    @Test
    void anotherOrganizerMayNotCancelAPublishedEvent() {
        TestUser owner = TestUser.organizer();
        UUID id = catalog.createPublished(owner, javaDay("Not theirs to cancel"));

        catalog.cancel(TestUser.organizer(), id, null)
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.FORBIDDEN));

        catalog.view(owner, id).expectBody().jsonPath("$.status").isEqualTo("PUBLISHED");
        assertThat(outbox.payloads(id, EventTypes.EVENT_CANCELLED)).isEmpty();
    }

    @Test
    void anotherOrganizerCannotFindSomeoneElsesDraftToCancel() {
        UUID id = catalog.createDraft(TestUser.organizer(), javaDay("Private draft"));

        catalog.cancel(TestUser.organizer(), id, null)
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(EventProblem.EVENT_NOT_FOUND));
    }

    @Test
    void attendeeMayNotCancel() {
        TestUser owner = TestUser.organizer();
        UUID id = catalog.createPublished(owner, javaDay("Attendee tries to cancel"));

        catalog.cancel(TestUser.attendee(), id, null)
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.FORBIDDEN));

        catalog.view(owner, id).expectBody().jsonPath("$.status").isEqualTo("PUBLISHED");
    }

    @Test
    void adminCancelsAnyonesEvent() {
        TestUser owner = TestUser.organizer();
        UUID id = catalog.createPublished(owner, javaDay("Cancelled by an admin"));

        catalog.cancel(TestUser.admin(), id, Map.of("reason", "Breaks the terms of use"))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("CANCELLED")
                .jsonPath("$.organizerId").isEqualTo(owner.id().toString());
    }

    @Test
    void tooLongReasonIsRejectedAndTheEventStaysOnSale() {
        TestUser organizer = TestUser.organizer();
        UUID id = catalog.createPublished(organizer, javaDay("Long story"));

        catalog.cancel(organizer, id, Map.of("reason", "x".repeat(1001)))
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.VALIDATION_FAILED))
                .jsonPath("$.errors[0].field").isEqualTo("reason");

        catalog.view(organizer, id).expectBody().jsonPath("$.status").isEqualTo("PUBLISHED");
        assertThat(outbox.payloads(id, EventTypes.EVENT_CANCELLED)).isEmpty();
    }

    @Test
    void malformedCancellationIsRejectedAndTheEventStaysOnSale() {
        TestUser organizer = TestUser.organizer();
        UUID id = catalog.createPublished(organizer, javaDay("Garbled"));

        catalog.cancel(organizer, id, "{\"reason\": ")
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.MALFORMED_REQUEST));

        catalog.view(organizer, id).expectBody().jsonPath("$.status").isEqualTo("PUBLISHED");
    }

    @Test
    void cancelledEventCannotBePublishedAgain() {
        TestUser organizer = TestUser.organizer();
        UUID id = catalog.createPublished(organizer, javaDay("Gone for good"));
        catalog.cancel(organizer, id, null).expectStatus().isOk();

        catalog.publish(organizer, id)
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.eventStatus").isEqualTo("CANCELLED");
        assertThat(outbox.payloads(id, EventTypes.EVENT_PUBLISHED)).hasSize(1);
    }
}
