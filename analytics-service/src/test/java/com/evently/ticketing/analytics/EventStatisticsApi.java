package com.evently.ticketing.analytics;

import com.evently.ticketing.testsupport.TestUser;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.util.UUID;

import static com.evently.ticketing.analytics.AnalyticsIntegrationTest.CONSUMER_PATIENCE;
import static org.awaitility.Awaitility.await;

/** GET /api/v1/analytics/events/{id} as a given caller, and waiting for the consumers to catch up. */
final class EventStatisticsApi {

    private final RestTestClient http;

    EventStatisticsApi(RestTestClient http) {
        this.http = http;
    }

    RestTestClient.ResponseSpec show(UUID eventId, TestUser caller) {
        return http.get().uri("/api/v1/analytics/events/{id}", eventId)
                .header(HttpHeaders.AUTHORIZATION, caller.bearer())
                .exchange();
    }

    RestTestClient.ResponseSpec showWithoutToken(UUID eventId) {
        return http.get().uri("/api/v1/analytics/events/{id}", eventId).exchange();
    }

    /** Polls until the statistics answer 200 and satisfy {@code expectations}. */
    void awaitStatistics(UUID eventId, TestUser caller, Expectations expectations) {
        await().atMost(CONSUMER_PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                expectations.check(show(eventId, caller).expectStatus().isOk().expectBody()));
    }

    @FunctionalInterface
    interface Expectations {
        void check(RestTestClient.BodyContentSpec body);
    }
}
