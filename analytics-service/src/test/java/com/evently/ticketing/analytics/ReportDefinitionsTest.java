package com.evently.ticketing.analytics;

import com.evently.ticketing.analytics.adapter.in.web.AnalyticsProblem;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Saved report definitions: each user's own, run by id, refused to attendees, never shown to anyone else. */
class ReportDefinitionsTest extends AnalyticsIntegrationTest {

    private static final String BY_EVENT_AND_DAY = """
            {"name":"Sales by day","dimensions":["event","day"],"measures":["seats","revenue"]}""";

    private final TestUser organizer = TestUser.organizer();

    @Test
    void organizerSavesListsRunsAndDeletesADefinition() {
        JsonNode saved = body(post(organizer, BY_EVENT_AND_DAY).expectStatus().isCreated());
        String id = saved.at("/id").asText();
        assertThat(saved.at("/dimensions")).extracting(JsonNode::asText).containsExactly("event", "day", "currency");

        JsonNode listed = body(get(organizer, "/api/v1/analytics/report-definitions").expectStatus().isOk());
        assertThat(listed).extracting(definition -> definition.at("/id").asText()).containsExactly(id);

        JsonNode report = body(get(organizer, "/api/v1/analytics/reports?definition=" + id
                + "&from=2091-01-01&to=2091-01-31").expectStatus().isOk());
        assertThat(report.at("/columns")).extracting(JsonNode::asText)
                .containsExactly("event", "eventTitle", "day", "currency", "seats", "revenue");

        delete(organizer, id).expectStatus().isNoContent();
        expectNotFound(get(organizer, "/api/v1/analytics/report-definitions/" + id));
    }

    @Test
    void anotherOrganizerNeitherSeesNorRunsNorDeletesIt() {
        String id = body(post(organizer, BY_EVENT_AND_DAY).expectStatus().isCreated()).at("/id").asText();
        TestUser other = TestUser.organizer();

        assertThat(body(get(other, "/api/v1/analytics/report-definitions").expectStatus().isOk())).isEmpty();
        expectNotFound(get(other, "/api/v1/analytics/report-definitions/" + id));
        expectNotFound(get(other, "/api/v1/analytics/reports?definition=" + id));
        expectNotFound(delete(other, id));
        get(organizer, "/api/v1/analytics/report-definitions/" + id).expectStatus().isOk();
    }

    @Test
    void unknownMeasureIsRefusedListingTheAllowedOnesAndNothingIsSaved() {
        post(organizer, """
                {"name":"Profit","dimensions":["event"],"measures":["profit"]}""")
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(String.class, detail ->
                        assertThat(detail).contains("bookings, seats, cancellations, cancelledSeats, revenue"));

        assertThat(body(get(organizer, "/api/v1/analytics/report-definitions").expectStatus().isOk())).isEmpty();
    }

    @Test
    void attendeeIsForbiddenBeforeTheBodyIsRead() {
        post(TestUser.attendee(), "{not json").expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private RestTestClient.ResponseSpec post(TestUser caller, String body) {
        return http.post().uri("/api/v1/analytics/report-definitions")
                .header(HttpHeaders.AUTHORIZATION, caller.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange();
    }

    private RestTestClient.ResponseSpec get(TestUser caller, String uri) {
        return http.get().uri(uri).header(HttpHeaders.AUTHORIZATION, caller.bearer()).exchange();
    }

    private RestTestClient.ResponseSpec delete(TestUser caller, String id) {
        return http.delete().uri("/api/v1/analytics/report-definitions/{id}", id)
                .header(HttpHeaders.AUTHORIZATION, caller.bearer()).exchange();
    }

    private JsonNode body(RestTestClient.ResponseSpec response) {
        return json.readTree(response.expectBody(String.class).returnResult().getResponseBody());
    }

    private static void expectNotFound(RestTestClient.ResponseSpec response) {
        response.expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(AnalyticsProblem.REPORT_DEFINITION_NOT_FOUND.type().toString());
    }
}
