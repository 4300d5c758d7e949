package com.evently.ticketing.event;

import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static com.evently.ticketing.event.EventRequests.javaDay;
import static org.assertj.core.api.Assertions.assertThat;

/** HTTP caching of public reads (ETag, Cache-Control, 304) and the in-process cache kept in step by Kafka. */
class CachingEventReadsTest extends EventServiceIntegrationTest {

    private TestUser organizer;

    @BeforeEach
    void setUp() {
        organizer = TestUser.organizer();
    }

    @Test
    void publicReadIsCacheableAndRevalidatesWith304() {
        UUID eventId = catalog.createPublished(organizer, javaDay("Cacheable"));

        String etag = catalog.view(null, eventId).expectStatus().isOk()
                .expectHeader().value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value)
                        .contains("max-age=10", "public", "stale-while-revalidate=30"))
                .returnResult().getResponseHeaders().getETag();

        http.get().uri(EventApi.EVENTS + "/{id}", eventId).header(HttpHeaders.IF_NONE_MATCH, etag)
                .exchange()
                .expectStatus().isNotModified()
                .expectHeader().valueEquals(HttpHeaders.ETAG, etag)
                .expectBody().isEmpty();
        http.get().uri(EventApi.EVENTS + "/{id}", eventId).header(HttpHeaders.IF_NONE_MATCH, "\"999\"")
                .exchange().expectStatus().isOk();
    }

    @Test
    void draftIsNeverStoredByOthers() {
        UUID draft = catalog.createDraft(organizer, javaDay("Private"));

        catalog.view(organizer, draft).expectStatus().isOk()
                .expectHeader().value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value)
                        .contains("private", "no-cache"));
    }

    @Test
    void publicReadFollowsAnEditWithinSecondsAndTheOrganizerAtOnce() {
        UUID eventId = catalog.createPublished(organizer, javaDay("Before"));
        catalog.view(null, eventId).expectStatus().isOk().expectBody().jsonPath("$.title").isEqualTo("Before");
        Map<String, Object> read = catalog.read(organizer, eventId);
        String etag = catalog.etagOf(organizer, eventId);

        read.put("title", "After");
        String newEtag = catalog.revise(organizer, eventId, etag, read).expectStatus().isOk()
                .returnResult().getResponseHeaders().getETag();

        catalog.view(organizer, eventId).expectStatus().isOk().expectBody().jsonPath("$.title").isEqualTo("After");
        Eventually.within(Duration.ofSeconds(5), () -> catalog.view(null, eventId).expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, newEtag)
                .expectBody().jsonPath("$.title").isEqualTo("After"));
    }

    @Test
    void staleIfMatchAnswers412AndChangesNothing() {
        UUID eventId = catalog.createPublished(organizer, javaDay("Versioned"));
        Map<String, Object> read = catalog.read(organizer, eventId);
        String stale = catalog.etagOf(organizer, eventId);
        read.put("title", "First edit");
        catalog.revise(organizer, eventId, stale, read).expectStatus().isOk();

        read.put("title", "Second edit from the stale version");
        catalog.revise(organizer, eventId, stale, read).expectStatus().isEqualTo(412)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(
                        com.evently.ticketing.event.adapter.in.web.EventProblem.STALE_VERSION));

        catalog.view(organizer, eventId).expectBody().jsonPath("$.title").isEqualTo("First edit");
    }
}
