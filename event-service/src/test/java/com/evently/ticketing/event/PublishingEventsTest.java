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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.evently.ticketing.event.EventRequests.event;
import static com.evently.ticketing.event.EventRequests.javaDay;
import static com.evently.ticketing.event.EventRequests.session;
import static org.assertj.core.api.Assertions.assertThat;

class PublishingEventsTest extends EventServiceIntegrationTest {

    @Test
    void organizerPublishesTheirDraft() {
        TestUser organizer = TestUser.organizer();
        UUID id = catalog.createDraft(organizer, javaDay("Ready for sale"));

        catalog.publish(organizer, id)
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"2\"")
                .expectBody()
                .jsonPath("$.id").isEqualTo(id.toString())
                .jsonPath("$.status").isEqualTo("PUBLISHED")
                .jsonPath("$.publishedAt").isNotEmpty();

        catalog.view(null, id).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("PUBLISHED");
    }

    @Test
    void perUserSeatCapOfATicketTypeIsKeptAndPublished() {
        TestUser organizer = TestUser.organizer();
        java.util.Map<String, Object> body = javaDay("Capped");
        EventRequests.firstOf(body, "ticketTypes").put("maxSeatsPerUser", 4);
        UUID id = catalog.createDraft(organizer, body);

        catalog.publish(organizer, id).expectStatus().isOk().expectBody()
                .jsonPath("$.ticketTypes[0].maxSeatsPerUser").isEqualTo(4)
                .jsonPath("$.ticketTypes[1].maxSeatsPerUser").doesNotExist();

        String payload = outbox.payloads(id, EventTypes.EVENT_PUBLISHED).getFirst();
        ContractAssertions.assertMatchesSchema(EventTypes.EVENT_PUBLISHED, payload);
        JsonNode announced = json.readTree(payload);
        assertThat(announced.at("/ticketTypes/0/maxSeatsPerUser").asInt()).isEqualTo(4);
        assertThat(announced.at("/ticketTypes/1/maxSeatsPerUser").isNull()).isTrue();

        EventRequests.firstOf(body, "ticketTypes").put("maxSeatsPerUser", 0);
        catalog.create(organizer, body).expectStatus().isBadRequest();
    }

    @Test
    void publishingAnnouncesTheEventWithEverySessionAndTicketTypeOnce() {
        TestUser organizer = TestUser.organizer();
        UUID id = catalog.createDraft(organizer, event("Two-day festival", "Main Square",
                session("Day 1", "2027-05-01T10:00:00+01:00", "2027-05-01T22:00:00+01:00"),
                session("Day 2", "2027-05-02T10:00:00+01:00", "2027-05-02T22:00:00+01:00")));

        catalog.publish(organizer, id).expectStatus().isOk();

        List<String> outboxPayloads = outbox.payloads(id, EventTypes.EVENT_PUBLISHED);
        assertThat(outboxPayloads).hasSize(1);
        ContractAssertions.assertMatchesSchema(EventTypes.EVENT_PUBLISHED, outboxPayloads.getFirst());

        List<TestEventBus.Message> published = TestEventBus.await(Topics.CATALOG_EVENTS,
                message -> id.toString().equals(message.key()), 1, Duration.ofSeconds(30));
        assertThat(published).hasSize(1);
        TestEventBus.Message message = published.getFirst();
        assertThat(message.eventType()).isEqualTo(EventTypes.EVENT_PUBLISHED);
        ContractAssertions.assertMatchesSchema(EventTypes.EVENT_PUBLISHED, message.payload());

        JsonNode payload = json.readTree(message.payload());
        JsonNode stored = json.readTree(catalog.view(organizer, id).returnResult(String.class).getResponseBody());
        assertThat(payload.get("eventId").asString()).isEqualTo(id.toString());
        assertThat(payload.get("organizerId").asString()).isEqualTo(organizer.id().toString());
        assertThat(payload.get("title").asString()).isEqualTo("Two-day festival");
        assertThat(payload.get("timeZone").asString()).isEqualTo("Europe/Lisbon");
        assertThat(payload.get("sessions")).hasSize(2);
        assertThat(payload.at("/sessions/0/sessionId").asString()).isEqualTo(stored.at("/sessions/0/id").asString());
        assertThat(payload.at("/sessions/1/startsAt").asString()).isEqualTo("2027-05-02T09:00:00Z");
        assertThat(payload.get("ticketTypes")).hasSize(2);
        assertThat(payload.at("/ticketTypes/0/ticketTypeId").asString()).isEqualTo(stored.at("/ticketTypes/0/id").asString());
        assertThat(payload.at("/ticketTypes/0/capacity").asInt()).isEqualTo(100);
        assertThat(payload.at("/ticketTypes/1/price/amount").asString()).isEqualTo("120.50");
        assertThat(payload.at("/ticketTypes/1/price/currency").asString()).isEqualTo("EUR");
    }

    @Test
    void publishingAPublishedEventAgainConflictsAndAnnouncesNothingMore() {
        TestUser organizer = TestUser.organizer();
        UUID id = catalog.createPublished(organizer, javaDay("Published once"));

        catalog.publish(organizer, id)
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(EventProblem.INVALID_STATE));

        assertThat(announcementsOf(id)).isEqualTo(1);
    }

    @Test
    void concurrentPublishesOfOneDraftAnnounceItOnce() throws Exception {
        TestUser organizer = TestUser.organizer();
        UUID id = catalog.createDraft(organizer, javaDay("Raced publish"));
        CountDownLatch start = new CountDownLatch(1);

        List<Integer> statuses;
        try (ExecutorService callers = Executors.newFixedThreadPool(3)) {
            List<Future<Integer>> attempts = new ArrayList<>();
            for (int attempt = 0; attempt < 3; attempt++) {
                attempts.add(callers.submit(() -> {
                    start.await();
                    return catalog.publish(organizer, id).returnResult().getStatus().value();
                }));
            }
            start.countDown();
            statuses = new ArrayList<>();
            for (Future<Integer> attempt : attempts) {
                statuses.add(attempt.get());
            }
        }
        statuses.sort(null);

        assertThat(statuses).containsExactly(200, 409, 409);
        assertThat(announcementsOf(id)).isEqualTo(1);
    }

    @Test
    void anotherOrganizerCanNeitherSeeNorPublishADraft() {
        TestUser owner = TestUser.organizer();
        TestUser rival = TestUser.organizer();
        UUID id = catalog.createDraft(owner, javaDay("Secret plans"));

        catalog.view(rival, id)
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(EventProblem.EVENT_NOT_FOUND));
        catalog.publish(rival, id)
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(EventProblem.EVENT_NOT_FOUND));

        catalog.view(owner, id).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("DRAFT");
        assertThat(announcementsOf(id)).isZero();
    }

    @Test
    void draftIsHiddenFromAttendeesAndAnonymousCallers() {
        UUID id = catalog.createDraft(TestUser.organizer(), javaDay("Not yet announced"));

        catalog.view(TestUser.attendee(), id).expectStatus().isNotFound();
        catalog.view(null, id).expectStatus().isNotFound();
    }

    @Test
    void adminSeesAndPublishesAnyonesDraft() {
        TestUser owner = TestUser.organizer();
        UUID id = catalog.createDraft(owner, javaDay("Published by an admin"));
        TestUser admin = TestUser.admin();

        catalog.view(admin, id).expectStatus().isOk();
        catalog.publish(admin, id)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("PUBLISHED")
                .jsonPath("$.organizerId").isEqualTo(owner.id().toString());
    }

    @Test
    void anotherOrganizerMayNotPublishAnEventTheyCanSee() {
        UUID id = catalog.createPublished(TestUser.organizer(), javaDay("Someone else's"));

        catalog.publish(TestUser.organizer(), id)
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.FORBIDDEN));
    }

    @Test
    void attendeeMayNotPublish() {
        UUID id = catalog.createDraft(TestUser.organizer(), javaDay("Attendee tries"));

        catalog.publish(TestUser.attendee(), id)
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.FORBIDDEN));
        assertThat(announcementsOf(id)).isZero();
    }

    @Test
    void publishingAnUnknownEventIsNotFound() {
        catalog.publish(TestUser.organizer(), UUID.randomUUID()).expectStatus().isNotFound();
    }

    @Test
    void publishingWithoutTokenMustAuthenticate() {
        UUID id = catalog.createDraft(TestUser.organizer(), javaDay("Anonymous publish"));

        catalog.publish(null, id)
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(announcementsOf(id)).isZero();
    }

    private long announcementsOf(UUID eventId) {
        return outbox.count(eventId);
    }
}
