package com.evently.ticketing.event;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.testsupport.ContractAssertions;
import com.evently.ticketing.testsupport.TestEventBus;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.evently.ticketing.event.EventRequests.event;
import static com.evently.ticketing.event.EventRequests.session;
import static com.evently.ticketing.event.EventRequests.ticketType;
import static org.assertj.core.api.Assertions.assertThat;

/** Full-text search, filters and listings by role, against the real database and broker. */
class SearchingTheCatalogTest extends EventServiceIntegrationTest {

    private TestUser organizer;
    private String marker;

    @BeforeEach
    void setUp() {
        organizer = TestUser.organizer();
        marker = "tag" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void findsStemmedAndAccentFreeWordsAndRanksTitleMatchesFirst() {
        UUID inDescription = publish(described(marker + " Open air evening", "Hall A",
                "An evening of concerts under the stars"));
        UUID inTitle = publish(described(marker + " Concerts in the park", "Hall A", "Bring a blanket"));
        UUID accented = publish(described(marker + " Café Müller", "Estádio da Luz", "Dança"));

        assertThat(titlesOf("q={q}", marker + " concert")).containsExactly(idOf(inTitle), idOf(inDescription));
        assertThat(titlesOf("q={q}", marker + " CAFE muller")).containsExactly(idOf(accented));
        assertThat(titlesOf("q={q}", marker + " estadio")).containsExactly(idOf(accented));
        assertThat(titlesOf("q={q}", marker + " danca")).containsExactly(idOf(accented));
    }

    @Test
    void everyWordMatchesAsThePrefixOfAWordForTypeAhead() {
        UUID conference = publish(described(marker + " Conference on distributed systems", "Hall A", null));

        for (String typed : List.of("conf", "confer", "conferenc", "conference", "distrib")) {
            assertThat(titlesOf("q={q}", marker + " " + typed)).as(typed).containsExactly(idOf(conference));
        }
        assertThat(titlesOf("q={q}", marker + " conferences")).containsExactly(idOf(conference));
        assertThat(titlesOf("q={q}", marker + " concert")).isEmpty();
    }

    @Test
    void filtersByTicketTypePriceVenueOrganizerAndLocalDay() {
        Map<String, Object> cheap = event(marker + " Cheap", "Coliseu dos Recreios",
                // 23:30 UTC on 31 May is 00:30 on 1 June in Lisbon, the event's zone
                session("Late", "2033-05-31T23:30:00Z", "2033-06-01T01:00:00Z"));
        cheap.put("ticketTypes", List.of(ticketType("Balcony", "9.50", 50)));
        UUID cheapId = publish(cheap);
        UUID dear = publish(event(marker + " Dear", "Hall B", session("Noon", "2033-06-10T12:00:00Z", "2033-06-10T14:00:00Z")));
        TestUser another = TestUser.organizer();
        UUID others = catalog.createPublished(another, event(marker + " Other organizer", "Hall B",
                session("Noon", "2033-06-11T12:00:00Z", "2033-06-11T14:00:00Z")));

        assertThat(titlesOf("q={q}&ticketType=vip", marker)).containsExactlyInAnyOrder(idOf(dear), idOf(others));
        assertThat(titlesOf("q={q}&maxPrice=10&currency=EUR", marker)).containsExactly(idOf(cheapId));
        assertThat(titlesOf("q={q}&minPrice=100&currency=EUR&ticketType=Standard", marker)).isEmpty();
        assertThat(titlesOf("q={q}&currency=USD", marker)).isEmpty();
        assertThat(titlesOf("q={q}&venue=coliseu", marker)).containsExactly(idOf(cheapId));
        assertThat(titlesOf("q={q}&organizer={o}", marker, another.id())).containsExactly(idOf(others));
        assertThat(titlesOf("q={q}&from=2033-06-01&to=2033-06-01", marker)).containsExactly(idOf(cheapId));
        assertThat(titlesOf("q={q}&from=2033-05-31T00:00:00Z&to=2033-06-01T00:00:00Z", marker))
                .containsExactly(idOf(cheapId));
        assertThat(titlesOf("q={q}&sort=title,desc", marker))
                .containsExactly(idOf(others), idOf(dear), idOf(cheapId));
    }

    @Test
    void availableDropsASoldOutEventWithinSecondsAndBringsItBackAfterACancellation() {
        UUID eventId = publish(event(marker + " Popular", "Hall A",
                session("Main", "2034-01-10T10:00:00Z", "2034-01-10T12:00:00Z")));
        UUID other = publish(event(marker + " Quiet", "Hall A",
                session("Main", "2034-01-11T10:00:00Z", "2034-01-11T12:00:00Z")));
        Map<String, Object> read = catalog.read(organizer, eventId);
        String sessionId = (String) EventRequests.firstOf(read, "sessions").get("id");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> ticketTypes = (List<Map<String, Object>>) read.get("ticketTypes");
        Instant observed = Instant.now();
        assertThat(titlesOf("q={q}&available=true", marker)).containsExactlyInAnyOrder(idOf(eventId), idOf(other));

        for (Map<String, Object> ticketType : ticketTypes) {
            report(eventId, sessionId, (String) ticketType.get("id"), (int) ticketType.get("capacity"), 0, observed);
        }
        Eventually.within(Duration.ofSeconds(5), () ->
                assertThat(titlesOf("q={q}&available=true", marker)).containsExactly(idOf(other)));

        String vip = (String) ticketTypes.get(1).get("id");
        // an older report arriving late changes nothing: the latest observation wins
        report(eventId, sessionId, vip, 10, 4, observed.minusSeconds(30));
        report(eventId, sessionId, vip, 10, 1, observed.plusSeconds(1));
        Eventually.within(Duration.ofSeconds(5), () ->
                assertThat(titlesOf("q={q}&available=true", marker)).containsExactlyInAnyOrder(idOf(eventId), idOf(other)));
        assertThat(titlesOf("q={q}&available=true&ticketType=Standard", marker)).containsExactly(idOf(other));
        assertThat(jdbc.sql("SELECT available FROM availability WHERE ticket_type_id = :id")
                .param("id", UUID.fromString(vip)).query(Integer.class).single()).isEqualTo(1);
        assertThat(titlesOf("q={q}", marker)).hasSize(2);
    }

    @Test
    void retiredTicketTypeNeitherKeepsAnEventAvailableNorMatchesTicketFilters() {
        UUID eventId = publish(event(marker + " Reshuffled", "Hall A",
                session("Main", "2034-02-10T10:00:00Z", "2034-02-10T12:00:00Z")));
        Map<String, Object> read = catalog.read(organizer, eventId);
        String sessionId = (String) EventRequests.firstOf(read, "sessions").get("id");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> ticketTypes = (List<Map<String, Object>>) read.get("ticketTypes");
        String standard = (String) ticketTypes.get(0).get("id");
        String vip = (String) ticketTypes.get(1).get("id");
        report(eventId, sessionId, standard, 100, 0, Instant.now());
        Eventually.within(Duration.ofSeconds(5), () ->
                assertThat(titlesOf("q={q}&available=true&ticketType=Standard", marker)).isEmpty());
        // booking never reported VIP: all of its seats count as left
        assertThat(titlesOf("q={q}&available=true", marker)).containsExactly(idOf(eventId));

        catalog.retire(organizer, eventId, vip, catalog.etagOf(organizer, eventId)).expectStatus().isOk();

        assertThat(titlesOf("q={q}&available=true", marker)).isEmpty();
        assertThat(titlesOf("q={q}&ticketType=VIP", marker)).isEmpty();
        assertThat(titlesOf("q={q}&minPrice=100&currency=EUR", marker)).isEmpty();
        assertThat(titlesOf("q={q}&ticketType=Standard", marker)).containsExactly(idOf(eventId));
        assertThat(titlesOf("q={q}", marker)).containsExactly(idOf(eventId));
    }

    @Test
    void organizerListsOwnEventsInEveryStatusAndAdminListsEveryonesDrafts() {
        UUID draft = catalog.createDraft(organizer, event(marker + " Draft", "Hall A",
                session("Main", "2035-01-10T10:00:00Z", "2035-01-10T12:00:00Z")));
        UUID published = publish(event(marker + " Published", "Hall A",
                session("Main", "2035-01-11T10:00:00Z", "2035-01-11T12:00:00Z")));
        UUID othersDraft = catalog.createDraft(TestUser.organizer(), event(marker + " Someone else's draft", "Hall A",
                session("Main", "2035-01-12T10:00:00Z", "2035-01-12T12:00:00Z")));

        assertThat(listed(organizer, "mine=true&q={q}", marker)).containsExactly(idOf(draft), idOf(published));
        assertThat(listed(organizer, "status=DRAFT&q={q}", marker)).containsExactly(idOf(draft));
        assertThat(listed(TestUser.admin(), "status=DRAFT&q={q}", marker)).containsExactly(idOf(draft), idOf(othersDraft));
        assertThat(listed(null, "q={q}", marker)).containsExactly(idOf(published));

        catalog.search("mine=true").expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri(EventApi.EVENTS + "?mine=true").header(HttpHeaders.AUTHORIZATION, TestUser.attendee().bearer())
                .exchange().expectStatus().isForbidden();
    }

    private List<String> listed(TestUser user, String query, Object... values) {
        return http.get().uri(EventApi.EVENTS + "?" + query, values)
                .headers(headers -> {
                    if (user != null) {
                        headers.set(HttpHeaders.AUTHORIZATION, user.bearer());
                    }
                })
                .exchange().expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<Map<String, Object>>() { }).getResponseBody()
                .entrySet().stream().filter(e -> e.getKey().equals("items")).findFirst()
                .map(e -> ((List<?>) e.getValue()).stream().map(item -> (String) ((Map<?, ?>) item).get("id")).toList())
                .orElseThrow();
    }

    private List<String> titlesOf(String query, Object... values) {
        return listed(null, query, values);
    }

    private void report(UUID eventId, String sessionId, String ticketTypeId, int capacity, int available,
                        Instant observedAt) {
        String payload = json.writeValueAsString(Map.of(
                "eventId", eventId, "sessionId", sessionId, "ticketTypeId", ticketTypeId,
                "capacity", capacity, "available", available, "observedAt", observedAt.toString()));
        ContractAssertions.assertMatchesSchema(EventTypes.AVAILABILITY_CHANGED, payload);
        TestEventBus.publish(EventTypes.AVAILABILITY_CHANGED, eventId.toString(), payload);
    }

    private UUID publish(Map<String, Object> body) {
        return catalog.createPublished(organizer, body);
    }

    private static String idOf(UUID id) {
        return id.toString();
    }

    private static Map<String, Object> described(String title, String venue, String description) {
        Map<String, Object> body = event(title, venue, session("Main", "2033-03-01T10:00:00Z", "2033-03-01T12:00:00Z"));
        body.put("description", description);
        return body;
    }
}
