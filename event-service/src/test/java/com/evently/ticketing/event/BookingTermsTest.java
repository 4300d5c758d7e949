package com.evently.ticketing.event;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.testsupport.ContractAssertions;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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
 * An organizer chooses an event's booking terms, the cancellation cut-off and the waiting-list offer lifetime; they
 * travel with the event's announcements to booking-service, and leaving them out leaves them to its defaults.
 */
class BookingTermsTest extends EventServiceIntegrationTest {

    @Test
    void chosenTermsAreKeptAndAnnouncedOnPublication() {
        TestUser organizer = TestUser.organizer();
        Map<String, Object> body = javaDay("Strict conference");
        body.put("cancellationCutoff", "P2D");
        body.put("waitlistOfferLifetime", "PT45M");

        UUID id = catalog.createPublished(organizer, body);

        catalog.view(organizer, id).expectStatus().isOk().expectBody()
                .jsonPath("$.cancellationCutoff").isEqualTo("PT48H")
                .jsonPath("$.waitlistOfferLifetime").isEqualTo("PT45M");
        List<String> published = outbox.payloads(id, EventTypes.EVENT_PUBLISHED);
        assertThat(published).hasSize(1);
        ContractAssertions.assertMatchesSchema(EventTypes.EVENT_PUBLISHED, published.getFirst());
        JsonNode payload = json.readTree(published.getFirst());
        assertThat(payload.path("cancellationCutoff").asString()).isEqualTo("PT48H");
        assertThat(payload.path("waitlistOfferLifetime").asString()).isEqualTo("PT45M");
    }

    @Test
    void termsLeftOutAreBookingsDefaultsAndAnnouncedAsAbsent() {
        TestUser organizer = TestUser.organizer();

        UUID id = catalog.createPublished(organizer, javaDay("Default terms"));

        catalog.view(organizer, id).expectStatus().isOk().expectBody()
                .jsonPath("$.cancellationCutoff").doesNotExist()
                .jsonPath("$.waitlistOfferLifetime").doesNotExist();
        JsonNode payload = json.readTree(outbox.payloads(id, EventTypes.EVENT_PUBLISHED).getFirst());
        assertThat(absent(payload.path("cancellationCutoff"))).isTrue();
        assertThat(absent(payload.path("waitlistOfferLifetime"))).isTrue();
    }

    @Test
    void aDraftsTermsAreEditedAndAnnouncedToNobody() {
        TestUser organizer = TestUser.organizer();
        Map<String, Object> body = javaDay("Draft terms");
        UUID id = catalog.createDraft(organizer, body);

        body.put("cancellationCutoff", "PT0S");
        body.put("waitlistOfferLifetime", "P7D");
        catalog.revise(organizer, id, "\"1\"", body).expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"2\"")
                .expectBody()
                .jsonPath("$.cancellationCutoff").isEqualTo("PT0S")
                .jsonPath("$.waitlistOfferLifetime").isEqualTo("PT168H");

        assertThat(outbox.count(id)).isZero();
    }

    @Test
    void aPublishedEventsTermsChangeLikeItsOtherDetailsAndAreAnnounced() {
        TestUser organizer = TestUser.organizer();
        Map<String, Object> body = javaDay("Changing terms");
        UUID id = catalog.createPublished(organizer, body);

        body.put("cancellationCutoff", "PT2H");
        body.put("waitlistOfferLifetime", "PT10M");
        catalog.revise(organizer, id, "\"2\"", body).expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"3\"")
                .expectBody()
                .jsonPath("$.cancellationCutoff").isEqualTo("PT2H")
                .jsonPath("$.waitlistOfferLifetime").isEqualTo("PT10M");
        // the same terms written differently are no change
        body.put("cancellationCutoff", "PT120M");
        catalog.revise(organizer, id, "\"3\"", body).expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"3\"");
        // a PUT carries the whole event: terms left out go back to booking's defaults
        body.remove("cancellationCutoff");
        body.remove("waitlistOfferLifetime");
        catalog.revise(organizer, id, "\"3\"", body).expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"4\"")
                .expectBody().jsonPath("$.cancellationCutoff").doesNotExist();

        List<String> updates = outbox.payloads(id, EventTypes.EVENT_UPDATED);
        assertThat(updates).hasSize(2);
        updates.forEach(update -> ContractAssertions.assertMatchesSchema(EventTypes.EVENT_UPDATED, update));
        JsonNode chosen = json.readTree(updates.get(0));
        assertThat(chosen.path("cancellationCutoff").asString()).isEqualTo("PT2H");
        assertThat(chosen.path("waitlistOfferLifetime").asString()).isEqualTo("PT10M");
        JsonNode cleared = json.readTree(updates.get(1));
        assertThat(absent(cleared.path("cancellationCutoff"))).isTrue();
        assertThat(absent(cleared.path("waitlistOfferLifetime"))).isTrue();
    }

    @Test
    void aCopyKeepsTheOriginalsTerms() {
        TestUser organizer = TestUser.organizer();
        Map<String, Object> body = javaDay("Copied terms");
        body.put("cancellationCutoff", "PT6H");
        body.put("waitlistOfferLifetime", "PT1H");
        UUID id = catalog.createPublished(organizer, body);

        String copy = http.post().uri(EventApi.EVENTS + "/{id}/clone", id)
                .header("Authorization", organizer.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("shiftBy", "P7D", "title", "Copied terms, again"))
                .exchange()
                .expectStatus().isCreated()
                .returnResult(EventApi.EventBody.class).getResponseBody().id();

        catalog.view(organizer, UUID.fromString(copy)).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("DRAFT")
                .jsonPath("$.cancellationCutoff").isEqualTo("PT6H")
                .jsonPath("$.waitlistOfferLifetime").isEqualTo("PT1H");
    }

    static Stream<Arguments> invalidTerms() {
        return Stream.of(
                Arguments.of("cancellationCutoff", "-PT1H"),
                Arguments.of("cancellationCutoff", "PT90S"),
                Arguments.of("cancellationCutoff", "P90DT1M"),
                Arguments.of("cancellationCutoff", "P1W"),
                Arguments.of("cancellationCutoff", "two hours"),
                Arguments.of("cancellationCutoff", 120),
                Arguments.of("waitlistOfferLifetime", "PT0S"),
                Arguments.of("waitlistOfferLifetime", "PT4M59S"),
                Arguments.of("waitlistOfferLifetime", "P7DT1S"),
                Arguments.of("waitlistOfferLifetime", "-PT30M"),
                Arguments.of("waitlistOfferLifetime", ""),
                Arguments.of("waitlistOfferLifetime", List.of("PT30M")));
    }

    @ParameterizedTest
    @MethodSource("invalidTerms")
    void termsOutsideTheirBoundsAreRefusedAndChangeNothing(String field, Object value) {
        TestUser organizer = TestUser.organizer();
        Map<String, Object> body = javaDay("Bounded terms");
        UUID draft = catalog.createDraft(organizer, body);
        UUID published = catalog.createPublished(organizer, javaDay("Bounded published terms"));
        body.put(field, value);

        catalog.create(organizer, body).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        catalog.revise(organizer, draft, "\"1\"", body).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        Map<String, Object> publishedBody = catalog.read(organizer, published);
        publishedBody.put(field, value);
        catalog.revise(organizer, published, "\"2\"", publishedBody).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        catalog.view(organizer, draft).expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody().jsonPath("$." + field).doesNotExist();
        catalog.view(organizer, published).expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"2\"")
                .expectBody().jsonPath("$." + field).doesNotExist();
        assertThat(outbox.payloads(published, EventTypes.EVENT_UPDATED)).isEmpty();
    }

    @Test
    void aRefusedTermIsNamedAsTheFieldInErrorWithItsBounds() {
        Map<String, Object> body = javaDay("Named term");
        body.put("waitlistOfferLifetime", "PT1M");

        catalog.create(TestUser.organizer(), body).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.VALIDATION_FAILED))
                .jsonPath("$.errors[0].field").isEqualTo("waitlistOfferLifetime")
                .jsonPath("$.errors[0].message").isEqualTo("must be an ISO-8601 duration from PT5M to P7D, such as PT30M");
    }

    private static boolean absent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }
}
