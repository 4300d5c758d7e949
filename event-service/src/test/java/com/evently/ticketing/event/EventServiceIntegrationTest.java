package com.evently.ticketing.event;

import com.evently.ticketing.platform.web.ProblemType;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running event-service every integration test class talks to: its HTTP API, its database and its outbox.
 * The classes share one application context (same configuration), hence one database: tests use fresh ids.
 */
@ServiceIntegrationTest
abstract class EventServiceIntegrationTest {

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    EventApi catalog;
    EventOutbox outbox;

    @BeforeEach
    void connectToTheService() {
        catalog = new EventApi(http);
        outbox = new EventOutbox(jdbc);
    }

    /** Every class points the service at the same fake booking-service, so all keep sharing one context. */
    @DynamicPropertySource
    static void bookingService(DynamicPropertyRegistry properties) {
        properties.add("ticketing.catalog.booking-service.base-url", () -> FakeBookingService.instance().baseUrl());
    }

    /** The problem's {@code type} as the JSON body carries it, taken from the catalogue. */
    static String typeOf(ProblemType problem) {
        return problem.type().toString();
    }
}
