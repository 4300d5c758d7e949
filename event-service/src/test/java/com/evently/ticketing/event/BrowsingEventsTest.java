package com.evently.ticketing.event;

import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static com.evently.ticketing.event.EventRequests.event;
import static com.evently.ticketing.event.EventRequests.session;

class BrowsingEventsTest extends EventServiceIntegrationTest {

    private TestUser organizer;

    /** Every test tags its events with a word of its own: the database is shared with other test classes. */
    private String marker;

    @BeforeEach
    void setUp() {
        organizer = TestUser.organizer();
        marker = "tag" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void listingPaginatesPublishedEvents() {
        publish(marker + " Alpha", "2030-01-10T10:00:00Z");
        publish(marker + " Bravo", "2030-01-11T10:00:00Z");
        publish(marker + " Charlie", "2030-01-12T10:00:00Z");

        catalog.search("q={q}&size=2&sort=title", marker)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[*].title").isEqualTo(List.of(marker + " Alpha", marker + " Bravo"))
                .jsonPath("$.items[0].status").isEqualTo("PUBLISHED")
                .jsonPath("$.items[0].sessions[0].id").isNotEmpty()
                .jsonPath("$.page.number").isEqualTo(0)
                .jsonPath("$.page.size").isEqualTo(2)
                .jsonPath("$.page.totalElements").isEqualTo(3)
                .jsonPath("$.page.totalPages").isEqualTo(2);

        catalog.search("q={q}&size=2&page=1&sort=title", marker)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[*].title").isEqualTo(List.of(marker + " Charlie"))
                .jsonPath("$.page.number").isEqualTo(1);
    }

    @Test
    void draftNeverAppearsInThePublicList() {
        catalog.createDraft(organizer, event(marker + " Draft", "Back room",
                session("Day 1", "2030-02-01T10:00:00Z", "2030-02-01T12:00:00Z")));
        publish(marker + " Public", "2030-02-02T10:00:00Z");

        catalog.search("q={q}", marker)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[*].title").isEqualTo(List.of(marker + " Public"))
                .jsonPath("$.page.totalElements").isEqualTo(1);
    }

    @Test
    void queryMatchesTitleOrVenueIgnoringCase() {
        publish(marker.toUpperCase(Locale.ROOT) + " in the title", "2030-03-01T10:00:00Z");
        UUID byVenue = catalog.createPublished(organizer, event("Plain title", marker + " Arena",
                session("Day 1", "2030-03-02T10:00:00Z", "2030-03-02T12:00:00Z")));

        catalog.search("q={q}&sort=startsAt", marker.toLowerCase(Locale.ROOT))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.page.totalElements").isEqualTo(2)
                .jsonPath("$.items[1].id").isEqualTo(byVenue.toString());
    }

    @Test
    void queryTextIsWordsNotSearchSyntax() {
        publish(marker + " Wildcards", "2030-03-05T10:00:00Z");

        catalog.search("q={q}", marker + "%")
                .expectStatus().isOk()
                .expectBody().jsonPath("$.page.totalElements").isEqualTo(1);
        catalog.search("q={q}", "!(" + marker + " | x):* & '")
                .expectStatus().isOk()
                .expectBody().jsonPath("$.page.totalElements").isEqualTo(0);
    }

    @Test
    void fromAndToKeepEventsWithASessionStartingInTheWindow() {
        publish(marker + " January", "2031-01-15T10:00:00Z");
        publish(marker + " February", "2031-02-15T10:00:00Z");
        publish(marker + " March", "2031-03-15T10:00:00Z");
        catalog.createPublished(organizer, event(marker + " January and March", "Hall B",
                session("Winter", "2031-01-20T10:00:00Z", "2031-01-20T12:00:00Z"),
                session("Spring", "2031-03-20T10:00:00Z", "2031-03-20T12:00:00Z")));

        catalog.search("q={q}&from={from}&to={to}", marker, "2031-02-01T00:00:00Z", "2031-03-01T00:00:00Z")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[*].title").isEqualTo(List.of(marker + " February"));

        catalog.search("q={q}&from={from}&sort=startsAt", marker, "2031-03-01T00:00:00Z")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[*].title").isEqualTo(List.of(marker + " January and March", marker + " March"));
    }

    @Test
    void sortsByFirstSessionStartInEitherDirection() {
        publish(marker + " Late", "2032-06-01T10:00:00Z");
        publish(marker + " Early", "2032-01-01T10:00:00Z");
        publish(marker + " Middle", "2032-03-01T10:00:00Z");

        catalog.search("q={q}&sort=startsAt,desc", marker)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[*].title").isEqualTo(List.of(marker + " Late", marker + " Middle", marker + " Early"));

        catalog.search("q={q}", marker)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[*].title").isEqualTo(List.of(marker + " Early", marker + " Middle", marker + " Late"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDraftMovedEarlierTakesItsNewPlaceSoonestFirst() {
        UUID moved = catalog.createDraft(organizer, event(marker + " Moved", "Hall A",
                session("Main", "2033-06-01T10:00:00Z", "2033-06-01T12:00:00Z")));
        publish(marker + " Early", "2033-02-01T10:00:00Z");

        Map<String, Object> read = catalog.read(organizer, moved);
        Map<String, Object> onlySession = ((List<Map<String, Object>>) read.get("sessions")).getFirst();
        onlySession.put("startsAt", "2033-01-01T10:00:00Z");
        onlySession.put("endsAt", "2033-01-01T12:00:00Z");
        catalog.revise(organizer, moved, catalog.etagOf(organizer, moved), read).expectStatus().isOk();
        catalog.publish(organizer, moved).expectStatus().isOk();

        Eventually.within(Duration.ofSeconds(10), () -> catalog.search("q={q}", marker)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[*].title").isEqualTo(List.of(marker + " Moved", marker + " Early")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sort=price", "sort=title,sideways", "sort=title;drop table events", "size=101",
            "size=0", "page=-1", "from=yesterday", "from=2031-03-01T00:00:00Z&to=2031-02-01T00:00:00Z",
            "from=2031-03-02&to=2031-03-01", "sort=relevance", "status=ARCHIVED", "minPrice=10",
            "minPrice=ten&currency=EUR", "minPrice=30&maxPrice=20&currency=EUR", "currency=EURO",
            "organizer=someone", "available=maybe"})
    void invalidListParametersAreRejected(String parameters) {
        catalog.search(parameters)
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private UUID publish(String title, String startsAt) {
        String endsAt = Instant.parse(startsAt).plusSeconds(7200).toString();
        return catalog.createPublished(organizer, event(title, "Hall A", session("Main", startsAt, endsAt)));
    }
}
