package com.evently.ticketing.event;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.event.adapter.in.web.EventProblem;
import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.testsupport.ContractAssertions;
import com.evently.ticketing.testsupport.TestEventBus;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static com.evently.ticketing.event.EventRequests.event;
import static com.evently.ticketing.event.EventRequests.firstOf;
import static com.evently.ticketing.event.EventRequests.javaDay;
import static com.evently.ticketing.event.EventRequests.session;
import static com.evently.ticketing.event.EventRequests.ticketType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

class EditingEventsTest extends EventServiceIntegrationTest {

    @Test
    void organizerRewritesTheirDraftEntirely() {
        TestUser organizer = TestUser.organizer();
        UUID id = catalog.createDraft(organizer, javaDay("First idea"));
        Map<String, Object> rewritten = event("Second idea", "Hall B, Porto",
                session("Morning", "2027-04-01T09:00:00+01:00", "2027-04-01T12:00:00+01:00"),
                session("Afternoon", "2027-04-01T14:00:00+01:00", "2027-04-01T18:00:00+01:00"));
        rewritten.put("ticketTypes", List.of(ticketType("Early bird", "15.00", 40)));

        catalog.revise(organizer, id, "\"1\"", rewritten)
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"2\"")
                .expectBody()
                .jsonPath("$.status").isEqualTo("DRAFT")
                .jsonPath("$.title").isEqualTo("Second idea")
                .jsonPath("$.venue").isEqualTo("Hall B, Porto")
                .jsonPath("$.sessions[*].name").isEqualTo(List.of("Morning", "Afternoon"))
                .jsonPath("$.sessions[1].startsAt").isEqualTo("2027-04-01T13:00:00Z")
                .jsonPath("$.ticketTypes[*].name").isEqualTo(List.of("Early bird"))
                .jsonPath("$.ticketTypes[0].price.amount").isEqualTo("15.00");

        catalog.view(organizer, id)
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"2\"")
                .expectBody()
                .jsonPath("$.title").isEqualTo("Second idea")
                .jsonPath("$.sessions.length()").isEqualTo(2)
                .jsonPath("$.ticketTypes.length()").isEqualTo(1);
        assertThat(outbox.count(id)).as("a draft is nobody else's business").isZero();
    }

    @Test
    void draftSentBackAsReadKeepsTheIdsOfWhatItStillHas() {
        TestUser organizer = TestUser.organizer();
        UUID id = catalog.createDraft(organizer, javaDay("Round trip"));
        Map<String, Object> asRead = catalog.read(organizer, id);
        String sessionId = (String) firstOf(asRead, "sessions").get("id");
        String standardId = (String) firstOf(asRead, "ticketTypes").get("id");
        firstOf(asRead, "sessions").put("name", "Opening day");
        ticketTypesOf(asRead).removeLast();

        catalog.revise(organizer, id, "\"1\"", asRead)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.sessions[0].id").isEqualTo(sessionId)
                .jsonPath("$.sessions[0].name").isEqualTo("Opening day")
                .jsonPath("$.ticketTypes[*].id").isEqualTo(List.of(standardId));
    }

    @Test
    void draftDoesNotTakeTheIdOfAnotherEventsSession() {
        TestUser organizer = TestUser.organizer();
        UUID other = catalog.createDraft(organizer, javaDay("Other event"));
        String otherSessionId = (String) firstOf(catalog.read(organizer, other), "sessions").get("id");
        UUID id = catalog.createDraft(organizer, javaDay("This event"));
        Map<String, Object> body = javaDay("This event");
        firstOf(body, "sessions").put("id", otherSessionId);

        catalog.revise(organizer, id, "\"1\"", body)
                .expectStatus().isOk()
                .expectBody().jsonPath("$.sessions[0].id").value(String.class,
                        sessionId -> assertThat(sessionId).isNotEqualTo(otherSessionId));

        catalog.view(organizer, other).expectStatus().isOk()
                .expectBody().jsonPath("$.sessions[0].id").isEqualTo(otherSessionId);
    }

    @Test
    void anotherOrganizerCannotEvenFindSomeoneElsesDraft() {
        TestUser owner = TestUser.organizer();
        UUID id = catalog.createDraft(owner, javaDay("Secret plans"));

        catalog.revise(TestUser.organizer(), id, "\"1\"", javaDay("Hijacked"))
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(EventProblem.EVENT_NOT_FOUND));

        assertUnchanged(owner, id, "Secret plans", "\"1\"");
    }

    @Test
    void anotherOrganizerMayNotEditAPublishedEventTheyCanSee() {
        TestUser owner = TestUser.organizer();
        UUID id = catalog.createPublished(owner, javaDay("Someone else's"));

        catalog.revise(TestUser.organizer(), id, "\"2\"", javaDay("Hijacked"))
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.FORBIDDEN));

        assertUnchanged(owner, id, "Someone else's", "\"2\"");
        assertThat(outbox.payloads(id, EventTypes.EVENT_UPDATED)).isEmpty();
    }

    @Test
    void attendeeMayNotEditEvents() {
        TestUser owner = TestUser.organizer();
        UUID id = catalog.createPublished(owner, javaDay("Attendee tries"));

        catalog.revise(TestUser.attendee(), id, "\"2\"", javaDay("Attendee's title"))
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.FORBIDDEN));

        assertUnchanged(owner, id, "Attendee tries", "\"2\"");
    }

    @Test
    void adminEditsAnyonesEvent() {
        TestUser owner = TestUser.organizer();
        UUID id = catalog.createPublished(owner, javaDay("Typo in titel"));
        TestUser admin = TestUser.admin();
        Map<String, Object> corrected = catalog.read(admin, id);
        corrected.put("title", "Typo in title");

        catalog.revise(admin, id, "\"2\"", corrected)
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"3\"")
                .expectBody()
                .jsonPath("$.title").isEqualTo("Typo in title")
                .jsonPath("$.organizerId").isEqualTo(owner.id().toString());
    }

    @Test
    void staleIfMatchIsRefusedAndChangesNothing() {
        TestUser organizer = TestUser.organizer();
        UUID id = catalog.createDraft(organizer, javaDay("Version one"));
        catalog.revise(organizer, id, "\"1\"", javaDay("Version two")).expectStatus().isOk();

        catalog.revise(organizer, id, "\"1\"", javaDay("Based on version one"))
                .expectStatus().isEqualTo(412)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(EventProblem.STALE_VERSION));

        assertUnchanged(organizer, id, "Version two", "\"2\"");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = "*")
    void ifMatchNamingTheVersionReadIsRequired(String ifMatch) {
        TestUser organizer = TestUser.organizer();
        UUID id = catalog.createDraft(organizer, javaDay("Guarded"));

        catalog.revise(organizer, id, ifMatch, javaDay("Blind overwrite"))
                .expectStatus().isEqualTo(428)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(EventProblem.PRECONDITION_REQUIRED));

        assertUnchanged(organizer, id, "Guarded", "\"1\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "W/\"1\"", "\"1\", \"2\"", "\"one\""})
    void ifMatchThatIsNotOneOfOurETagsIsBadInput(String ifMatch) {
        TestUser organizer = TestUser.organizer();
        UUID id = catalog.createDraft(organizer, javaDay("Odd header"));

        catalog.revise(organizer, id, ifMatch, javaDay("Whatever"))
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        assertUnchanged(organizer, id, "Odd header", "\"1\"");
    }

    static Stream<Arguments> structuralChanges() {
        return Stream.of(
                argumentSet("a session moved", change(body -> firstOf(body, "sessions").put("startsAt", "2027-03-01T10:00:00Z"))),
                argumentSet("a session renamed", change(body -> firstOf(body, "sessions").put("name", "Opening"))),
                argumentSet("a session added", change(body -> sessionsOf(body).add(
                        session("Day 2", "2027-03-02T09:00:00Z", "2027-03-02T17:00:00Z")))),
                argumentSet("a ticket type repriced", change(body -> priceOf(body).put("amount", "30.00"))),
                argumentSet("a ticket type with more seats", change(body -> firstOf(body, "ticketTypes").put("capacity", 101))),
                argumentSet("a ticket type removed", change(body -> ticketTypesOf(body).removeLast())));
    }

    @ParameterizedTest
    @MethodSource("structuralChanges")
    void publishedEventRefusesChangesToSessionsAndTicketTypes(Consumer<Map<String, Object>> change) {
        TestUser organizer = TestUser.organizer();
        UUID id = catalog.createPublished(organizer, javaDay("On sale"));
        Map<String, Object> body = catalog.read(organizer, id);
        body.put("title", "On sale, renamed");
        change.accept(body);

        catalog.revise(organizer, id, "\"2\"", body)
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(EventProblem.PUBLISHED_STRUCTURE_LOCKED));

        assertUnchanged(organizer, id, "On sale", "\"2\"");
        catalog.view(organizer, id).expectBody()
                .jsonPath("$.sessions[0].startsAt").isEqualTo("2027-03-01T09:00:00Z")
                .jsonPath("$.ticketTypes[0].capacity").isEqualTo(100)
                .jsonPath("$.ticketTypes.length()").isEqualTo(2);
        assertThat(outbox.payloads(id, EventTypes.EVENT_UPDATED)).isEmpty();
    }

    @Test
    void publishedEventTakesNewDetailsAndAnnouncesThem() {
        TestUser organizer = TestUser.organizer();
        UUID id = catalog.createPublished(organizer, javaDay("Java Day"));
        // sent without ids, as created: sessions and ticket types are compared by what they are
        Map<String, Object> body = javaDay("Java Day, second edition");
        body.put("description", "Now with a keynote");
        body.put("venue", "Hall C, Porto");

        catalog.revise(organizer, id, "\"2\"", body)
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"3\"")
                .expectBody()
                .jsonPath("$.status").isEqualTo("PUBLISHED")
                .jsonPath("$.title").isEqualTo("Java Day, second edition")
                .jsonPath("$.venue").isEqualTo("Hall C, Porto");

        List<String> outboxPayloads = outbox.payloads(id, EventTypes.EVENT_UPDATED);
        assertThat(outboxPayloads).hasSize(1);
        ContractAssertions.assertMatchesSchema(EventTypes.EVENT_UPDATED, outboxPayloads.getFirst());

        List<TestEventBus.Message> sent = TestEventBus.await(Topics.CATALOG_EVENTS,
                message -> id.toString().equals(message.key()) && EventTypes.EVENT_UPDATED.equals(message.eventType()),
                1, Duration.ofSeconds(30));
        assertThat(sent).hasSize(1);
        ContractAssertions.assertMatchesSchema(EventTypes.EVENT_UPDATED, sent.getFirst().payload());
        JsonNode payload = json.readTree(sent.getFirst().payload());
        assertThat(payload.get("eventId").asString()).isEqualTo(id.toString());
        assertThat(payload.get("organizerId").asString()).isEqualTo(organizer.id().toString());
        assertThat(payload.get("title").asString()).isEqualTo("Java Day, second edition");
        assertThat(payload.get("description").asString()).isEqualTo("Now with a keynote");
        assertThat(payload.get("venue").asString()).isEqualTo("Hall C, Porto");
        assertThat(payload.get("timeZone").asString()).isEqualTo("Europe/Lisbon");
        assertThat(payload.get("version").asLong()).isEqualTo(3);
    }

    @Test
    void concurrentEditsFromOneVersionLetExactlyOneWin() throws Exception {
        TestUser organizer = TestUser.organizer();
        UUID id = catalog.createPublished(organizer, javaDay("Raced edit"));
        CountDownLatch start = new CountDownLatch(1);

        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService editors = Executors.newFixedThreadPool(3)) {
            List<Future<Integer>> attempts = new ArrayList<>();
            for (int attempt = 0; attempt < 3; attempt++) {
                String title = "Raced edit #" + attempt;
                attempts.add(editors.submit(() -> {
                    start.await();
                    return catalog.revise(organizer, id, "\"2\"", javaDay(title)).returnResult().getStatus().value();
                }));
            }
            start.countDown();
            for (Future<Integer> attempt : attempts) {
                statuses.add(attempt.get());
            }
        }
        statuses.sort(null);

        assertThat(statuses).containsExactly(200, 412, 412);
        assertThat(outbox.payloads(id, EventTypes.EVENT_UPDATED)).hasSize(1);
        catalog.view(organizer, id).expectHeader().valueEquals("ETag", "\"3\"");
    }

    @Test
    void revisionThatChangesNothingKeepsTheVersionAndAnnouncesNothing() {
        TestUser organizer = TestUser.organizer();
        UUID id = catalog.createPublished(organizer, javaDay("Already right"));

        catalog.revise(organizer, id, "\"2\"", catalog.read(organizer, id))
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"2\"");

        assertThat(outbox.payloads(id, EventTypes.EVENT_UPDATED)).isEmpty();
    }

    @Test
    void cancelledEventCannotBeEdited() {
        TestUser organizer = TestUser.organizer();
        UUID id = catalog.createPublished(organizer, javaDay("Called off"));
        catalog.cancel(organizer, id, null).expectStatus().isOk();

        catalog.revise(organizer, id, "\"3\"", javaDay("Called off, renamed"))
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo(typeOf(EventProblem.INVALID_STATE))
                .jsonPath("$.eventStatus").isEqualTo("CANCELLED");

        assertUnchanged(organizer, id, "Called off", "\"3\"");
    }

    @Test
    void invalidRevisionIsRejectedAndNothingChanges() {
        TestUser organizer = TestUser.organizer();
        UUID id = catalog.createDraft(organizer, javaDay("Valid so far"));
        Map<String, Object> body = javaDay("Broken revision");
        body.put("sessions", List.of());
        firstOf(body, "ticketTypes").put("capacity", 0);

        catalog.revise(organizer, id, "\"1\"", body)
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.VALIDATION_FAILED))
                .jsonPath("$.errors[*].field").value(new ParameterizedTypeReference<List<String>>() { },
                        fields -> assertThat(fields).contains("sessions", "ticketTypes[0].capacity"));

        assertUnchanged(organizer, id, "Valid so far", "\"1\"");
    }

    @Test
    void malformedRevisionIsRejectedAndNothingChanges() {
        TestUser organizer = TestUser.organizer();
        UUID id = catalog.createDraft(organizer, javaDay("Intact"));

        catalog.revise(organizer, id, "\"1\"", "{\"title\": \"Half a revision\", \"sessions\": [")
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.MALFORMED_REQUEST));

        assertUnchanged(organizer, id, "Intact", "\"1\"");
    }

    @Test
    void oversizeRevisionIsRejectedAndNothingChanges() {
        TestUser organizer = TestUser.organizer();
        UUID id = catalog.createDraft(organizer, javaDay("Small"));
        Map<String, Object> body = javaDay("Huge");
        body.put("description", "x".repeat(600_000));

        catalog.revise(organizer, id, "\"1\"", body)
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.REQUEST_TOO_LARGE));

        assertUnchanged(organizer, id, "Small", "\"1\"");
    }

    @Test
    void editingAnUnknownEventIsNotFound() {
        catalog.revise(TestUser.organizer(), UUID.randomUUID(), "\"1\"", javaDay("Nowhere"))
                .expectStatus().isNotFound();
    }

    @Test
    void editingWithoutTokenMustAuthenticate() {
        UUID id = catalog.createDraft(TestUser.organizer(), javaDay("Anonymous edit"));

        catalog.revise(null, id, "\"1\"", javaDay("Anonymous title"))
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private void assertUnchanged(TestUser reader, UUID id, String title, String etag) {
        catalog.view(reader, id)
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", etag)
                .expectBody().jsonPath("$.title").isEqualTo(title);
    }

    private static Consumer<Map<String, Object>> change(Consumer<Map<String, Object>> change) {
        return change;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> sessionsOf(Map<String, Object> body) {
        List<Object> sessions = new ArrayList<>((List<Object>) body.get("sessions"));
        body.put("sessions", sessions);
        return sessions;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> ticketTypesOf(Map<String, Object> body) {
        List<Object> ticketTypes = new ArrayList<>((List<Object>) body.get("ticketTypes"));
        body.put("ticketTypes", ticketTypes);
        return ticketTypes;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> priceOf(Map<String, Object> body) {
        return (Map<String, Object>) firstOf(body, "ticketTypes").get("price");
    }
}
