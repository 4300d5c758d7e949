package com.evently.ticketing.event;

import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static com.evently.ticketing.event.EventRequests.firstOf;
import static com.evently.ticketing.event.EventRequests.javaDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

class CreatingEventsTest extends EventServiceIntegrationTest {

    @Value("${local.server.port}")
    private int port;

    @Test
    void organizerCreatesADraftTheyOwn() {
        TestUser organizer = TestUser.organizer();

        catalog.create(organizer, javaDay("Java Day 2027"))
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/v1/events/[0-9a-f-]{36}")
                .expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody()
                .jsonPath("$.id").isNotEmpty()
                .jsonPath("$.status").isEqualTo("DRAFT")
                .jsonPath("$.title").isEqualTo("Java Day 2027")
                .jsonPath("$.description").isEqualTo("Talks and workshops")
                .jsonPath("$.venue").isEqualTo("Hall A, Lisbon")
                .jsonPath("$.timeZone").isEqualTo("Europe/Lisbon")
                .jsonPath("$.organizerId").isEqualTo(organizer.id().toString())
                .jsonPath("$.sessions.length()").isEqualTo(1)
                .jsonPath("$.sessions[0].id").isNotEmpty()
                .jsonPath("$.sessions[0].name").isEqualTo("Day 1")
                .jsonPath("$.sessions[0].startsAt").isEqualTo("2027-03-01T09:00:00Z")
                .jsonPath("$.sessions[0].endsAt").isEqualTo("2027-03-01T17:00:00Z")
                .jsonPath("$.ticketTypes.length()").isEqualTo(2)
                .jsonPath("$.ticketTypes[0].id").isNotEmpty()
                .jsonPath("$.ticketTypes[0].name").isEqualTo("Standard")
                .jsonPath("$.ticketTypes[0].price.amount").isEqualTo("25.00")
                .jsonPath("$.ticketTypes[0].price.currency").isEqualTo("EUR")
                .jsonPath("$.ticketTypes[0].capacity").isEqualTo(100)
                .jsonPath("$.ticketTypes[1].price.amount").isEqualTo("120.50")
                .jsonPath("$.createdAt").isNotEmpty()
                .jsonPath("$.updatedAt").isNotEmpty();
    }

    @Test
    void adminMayCreateEventsToo() {
        TestUser admin = TestUser.admin();

        catalog.create(admin, javaDay("Admin's event"))
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.organizerId").isEqualTo(admin.id().toString());
    }

    @Test
    void sessionTimesAreStoredAsInstantsAndReadBackInUtc() {
        TestUser organizer = TestUser.organizer();
        Map<String, Object> body = javaDay("Summer edition");
        firstOf(body, "sessions").put("startsAt", "2027-06-01T09:00:00+02:00");
        firstOf(body, "sessions").put("endsAt", "2027-06-01T17:30:00+02:00");

        UUID id = catalog.createDraft(organizer, body);

        catalog.view(organizer, id)
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody()
                .jsonPath("$.sessions[0].startsAt").isEqualTo("2027-06-01T07:00:00Z")
                .jsonPath("$.sessions[0].endsAt").isEqualTo("2027-06-01T15:30:00Z");
    }

    @Test
    void attendeeMayNotCreateEvents() {
        TestUser attendee = TestUser.attendee();

        catalog.create(attendee, javaDay("Not mine to create"))
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.FORBIDDEN));

        assertThat(eventsOrganizedBy(attendee)).isZero();
    }

    @Test
    void callerWithoutTokenMustAuthenticate() {
        catalog.create(null, javaDay("Anonymous"))
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
    }

    static Stream<Arguments> invalidEvents() {
        return Stream.of(
                argumentSet("no title", change(body -> body.remove("title")), "title"),
                argumentSet("no sessions", change(body -> body.put("sessions", List.of())), "sessions"),
                argumentSet("no ticket types", change(body -> body.put("ticketTypes", List.of())), "ticketTypes"),
                argumentSet("session ending before it starts",
                        change(body -> firstOf(body, "sessions").put("endsAt", "2027-03-01T08:00:00+00:00")),
                        "sessions[0].endsAt"),
                argumentSet("session without start", change(body -> firstOf(body, "sessions").remove("startsAt")),
                        "sessions[0].startsAt"),
                argumentSet("unknown time zone", change(body -> body.put("timeZone", "Mars/Olympus_Mons")), "timeZone"),
                argumentSet("fixed offset instead of a zone", change(body -> body.put("timeZone", "+01:00")), "timeZone"),
                argumentSet("negative capacity", change(body -> firstOf(body, "ticketTypes").put("capacity", -5)),
                        "ticketTypes[0].capacity"),
                argumentSet("zero capacity", change(body -> firstOf(body, "ticketTypes").put("capacity", 0)),
                        "ticketTypes[0].capacity"),
                argumentSet("negative price", change(body -> price(body).put("amount", "-1.00")),
                        "ticketTypes[0].price.amount"),
                argumentSet("price with three decimals", change(body -> price(body).put("amount", "1.005")),
                        "ticketTypes[0].price.amount"),
                argumentSet("unknown currency", change(body -> price(body).put("currency", "XYZ")),
                        "ticketTypes[0].price.currency"));
    }

    @ParameterizedTest
    @MethodSource("invalidEvents")
    void invalidEventIsRejectedFieldByFieldAndNothingIsStored(Consumer<Map<String, Object>> breakIt, String field) {
        TestUser organizer = TestUser.organizer();
        Map<String, Object> body = javaDay("Broken event");
        breakIt.accept(body);

        catalog.create(organizer, body)
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.VALIDATION_FAILED))
                .jsonPath("$.errors[*].field").value(new ParameterizedTypeReference<List<String>>() { },
                        fields -> assertThat(fields).contains(field));

        assertThat(eventsOrganizedBy(organizer)).isZero();
    }

    @Test
    void malformedJsonIsRejectedAndNothingIsStored() {
        TestUser organizer = TestUser.organizer();

        catalog.create(organizer, "{\"title\": \"Half an event\", \"sessions\": [")
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.MALFORMED_REQUEST));

        assertThat(eventsOrganizedBy(organizer)).isZero();
    }

    @Test
    void oversizeBodyIsRejectedAndNothingIsStored() {
        TestUser organizer = TestUser.organizer();
        Map<String, Object> body = javaDay("Padded event");
        body.put("description", "x".repeat(600_000));

        catalog.create(organizer, body)
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.REQUEST_TOO_LARGE));

        assertThat(eventsOrganizedBy(organizer)).isZero();
    }

    @Test
    void oversizeBodyWithoutDeclaredLengthIsCutOffAsItStreams() throws Exception {
        TestUser organizer = TestUser.organizer();
        Map<String, Object> body = javaDay("Streamed event");
        body.put("description", "x".repeat(700_000));
        byte[] payload = json.writeValueAsBytes(body);

        // a body of unknown length goes out chunked, with no Content-Length to check up front
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + EventApi.EVENTS))
                .header("Authorization", organizer.bearer())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(payload)))
                .build();
        HttpResponse<String> response;
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        }

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains(typeOf(PlatformProblem.REQUEST_TOO_LARGE));
        assertThat(eventsOrganizedBy(organizer)).isZero();
    }

    @Test
    void sessionTimeWithoutOffsetIsRejected() {
        TestUser organizer = TestUser.organizer();
        Map<String, Object> body = javaDay("Ambiguous time");
        firstOf(body, "sessions").put("startsAt", "2027-03-01T09:00:00");

        catalog.create(organizer, body)
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(eventsOrganizedBy(organizer)).isZero();
    }

    private long eventsOrganizedBy(TestUser user) {
        return jdbc.sql("SELECT count(*) FROM events WHERE organizer_id = :organizer")
                .param("organizer", user.id())
                .query(Long.class)
                .single();
    }

    private static Consumer<Map<String, Object>> change(Consumer<Map<String, Object>> change) {
        return change;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> price(Map<String, Object> body) {
        return (Map<String, Object>) firstOf(body, "ticketTypes").get("price");
    }
}
