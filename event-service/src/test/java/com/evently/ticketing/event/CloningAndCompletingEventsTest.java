package com.evently.ticketing.event;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.event.application.CompletingEvents;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.evently.ticketing.event.EventRequests.event;
import static com.evently.ticketing.event.EventRequests.session;
import static org.assertj.core.api.Assertions.assertThat;

/** Cloning over HTTP, and completion of ended events by the scheduled job, against the real database. */
class CloningAndCompletingEventsTest extends EventServiceIntegrationTest {

    @Autowired
    CompletingEvents completingEvents;

    private TestUser organizer;
    private String marker;

    @BeforeEach
    void setUp() {
        organizer = TestUser.organizer();
        marker = "tag" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void cloneShiftsEverySessionIntoANewDraftOwnedByTheCaller() {
        UUID source = catalog.createPublished(organizer, event(marker + " Festival", "Park",
                session("Day 1", "2038-07-01T10:00:00Z", "2038-07-01T22:00:00Z"),
                session("Day 2", "2038-07-02T10:00:00Z", "2038-07-02T22:00:00Z")));
        Map<String, Object> original = catalog.read(organizer, source);

        Map<String, Object> copy = clone(organizer, source, Map.of("shiftBy", "P7D", "title", marker + " Festival 2"))
                .expectStatus().isCreated()
                .returnResult(new ParameterizedTypeReference<Map<String, Object>>() { }).getResponseBody();

        assertThat(copy.get("id")).isNotEqualTo(source.toString());
        assertThat(copy.get("status")).isEqualTo("DRAFT");
        assertThat(copy.get("title")).isEqualTo(marker + " Festival 2");
        assertThat(copy.get("organizerId")).isEqualTo(organizer.id().toString());
        assertThat(listOf(copy, "sessions", "startsAt")).containsExactly("2038-07-08T10:00:00Z", "2038-07-09T10:00:00Z");
        assertThat(listOf(copy, "sessions", "endsAt")).containsExactly("2038-07-08T22:00:00Z", "2038-07-09T22:00:00Z");
        assertThat(listOf(copy, "sessions", "id")).doesNotContainAnyElementsOf(listOf(original, "sessions", "id"));
        assertThat(listOf(copy, "ticketTypes", "name")).containsExactly("Standard", "VIP");
        assertThat(listOf(copy, "ticketTypes", "id")).doesNotContainAnyElementsOf(listOf(original, "ticketTypes", "id"));
        assertThat(catalog.read(organizer, UUID.fromString((String) copy.get("id"))).get("status")).isEqualTo("DRAFT");
        assertThat(outbox.count(UUID.fromString((String) copy.get("id")))).isZero();

        Map<String, Object> moved = clone(organizer, source, Map.of("startsAt", "2039-01-05T09:00:00+00:00"))
                .expectStatus().isCreated()
                .returnResult(new ParameterizedTypeReference<Map<String, Object>>() { }).getResponseBody();
        assertThat(listOf(moved, "sessions", "startsAt")).containsExactly("2039-01-05T09:00:00Z", "2039-01-06T09:00:00Z");
    }

    @Test
    void cloneLeavesRetiredTicketTypesBehind() {
        UUID source = catalog.createPublished(organizer, event(marker + " Reshuffled", "Park",
                session("Day 1", "2038-08-01T10:00:00Z", "2038-08-01T22:00:00Z")));
        String vip = (String) listOf(catalog.read(organizer, source), "ticketTypes", "id").get(1);
        catalog.retire(organizer, source, vip, catalog.etagOf(organizer, source)).expectStatus().isOk();

        Map<String, Object> copy = clone(organizer, source, Map.of("shiftBy", "P1Y"))
                .expectStatus().isCreated()
                .returnResult(new ParameterizedTypeReference<Map<String, Object>>() { }).getResponseBody();

        assertThat(listOf(copy, "ticketTypes", "name")).containsExactly("Standard");
        assertThat(listOf(copy, "ticketTypes", "retiredAt")).containsOnlyNulls();
        assertThat(listOf(catalog.read(organizer, source), "ticketTypes", "name")).containsExactly("Standard", "VIP");
    }

    @Test
    void cloneNeedsExactlyOneOfStartsAtAndShiftByAndTheRightToManageTheEvent() {
        UUID source = catalog.createPublished(organizer, event(marker + " Original", "Park",
                session("Day 1", "2038-07-01T10:00:00Z", "2038-07-01T22:00:00Z")));

        for (Map<String, Object> body : List.<Map<String, Object>>of(Map.of(), Map.of("shiftBy", "soon"),
                Map.of("shiftBy", "P1D", "startsAt", "2039-01-05T09:00:00Z"))) {
            clone(organizer, source, body).expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        clone(TestUser.organizer(), source, Map.of("shiftBy", "P1D")).expectStatus().isForbidden();
        clone(TestUser.attendee(), source, Map.of("shiftBy", "P1D")).expectStatus().isForbidden();
        clone(organizer, UUID.randomUUID(), Map.of("shiftBy", "P1D")).expectStatus().isNotFound();
    }

    @Test
    void completedEventIsShownAsCompletedAndClosedToSalesAndChanges() {
        Instant start = Instant.now().minusSeconds(7200);
        UUID ended = catalog.createPublished(organizer, event(marker + " Yesterday", "Hall A",
                session("Main", start.toString(), start.plusSeconds(3600).toString())));
        Map<String, Object> read = catalog.read(organizer, ended);
        String etag = catalog.etagOf(organizer, ended);

        completingEvents.completeEnded();

        catalog.view(organizer, ended).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("COMPLETED");
        catalog.search("q={q}", marker).expectBody().jsonPath("$.page.totalElements").isEqualTo(0);
        catalog.search("q={q}&available=true&status=PUBLISHED,COMPLETED", marker)
                .expectBody().jsonPath("$.page.totalElements").isEqualTo(0);
        catalog.search("q={q}&status=COMPLETED", marker).expectBody().jsonPath("$.items[0].status").isEqualTo("COMPLETED");
        read.put("title", "Edited afterwards");
        catalog.revise(organizer, ended, catalog.etagOf(organizer, ended), read).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.eventStatus").isEqualTo("COMPLETED");
        catalog.cancel(organizer, ended, null).expectStatus().isEqualTo(409);
        assertThat(catalog.etagOf(organizer, ended)).isNotEqualTo(etag);
    }

    @Test
    void twoReplicasCompletingAtOnceCompleteEachEventOnce() throws Exception {
        Instant start = Instant.now().minusSeconds(7200);
        List<UUID> ended = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ended.add(catalog.createPublished(organizer, event(marker + " Ended " + i, "Hall A",
                    session("Main", start.toString(), start.plusSeconds(3600).toString()))));
        }

        CountDownLatch go = new CountDownLatch(1);
        Callable<Integer> replica = () -> {
            go.await();
            return completingEvents.completeEnded();
        };
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = replicas.submit(replica);
            Future<Integer> second = replicas.submit(replica);
            go.countDown();
            first.get();
            second.get();
        } finally {
            replicas.shutdown();
        }

        for (UUID eventId : ended) {
            // published at version 2; completion bumps it once, whoever of the two did it
            assertThat(jdbc.sql("SELECT status || ':' || version FROM events WHERE id = :id")
                    .param("id", eventId).query(String.class).single()).isEqualTo("COMPLETED:3");
            assertThat(outbox.payloads(eventId, EventTypes.EVENT_COMPLETED)).as("completions announced").hasSize(1);
        }
    }

    private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec clone(TestUser user, UUID eventId,
                                                                                          Map<String, Object> body) {
        return http.post().uri(EventApi.EVENTS + "/{id}/clone", eventId)
                .header(org.springframework.http.HttpHeaders.AUTHORIZATION, user.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> listOf(Map<String, Object> event, String list, String field) {
        return ((List<Map<String, Object>>) event.get(list)).stream().map(item -> item.get(field)).toList();
    }
}
