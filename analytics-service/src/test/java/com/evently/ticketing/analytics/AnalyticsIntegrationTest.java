package com.evently.ticketing.analytics;

import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;

/**
 * The whole service against real PostgreSQL and Kafka, with what every full-stack test here needs: an admin,
 * feeds playing the producing services, and the statistics API. One context for all of them, so tests use fresh
 * ids, never fixed ones.
 */
@ServiceIntegrationTest
abstract class AnalyticsIntegrationTest {

    /** Generous: a cold consumer group joins, and the machine is shared. */
    static final Duration CONSUMER_PATIENCE = Duration.ofSeconds(30);

    protected final TestUser admin = TestUser.admin();

    @Autowired
    protected RestTestClient http;
    @Autowired
    protected JsonMapper json;
    @Autowired
    protected JdbcClient jdbc;

    /** Plays event-service and booking-service. */
    protected IntegrationEventFeed events;
    /** Plays identity-service's audit trail. */
    protected SecurityEventFeed identity;
    protected EventStatisticsApi api;

    @BeforeEach
    void createFeedsAndApi() {
        events = new IntegrationEventFeed(json);
        identity = new SecurityEventFeed(json);
        api = new EventStatisticsApi(http);
    }
}
