package com.evently.ticketing.booking;

import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.platform.web.ProblemType;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The set-up every full-stack test of booking-service shares: the running service over HTTP ({@link BookingApi}),
 * its database and its inbox, and the counts tests use to show that a request stored nothing.
 * <p>
 * Lines get a bucket row per 4 seats (up to 16), so that every full-stack test runs against lines split over
 * several buckets: a 10-seat line has 2, a 100-seat line 16. Sales over the admission bound wait up to 10 s, far
 * longer than in production: tests that race dozens of buyers assert what the database decides, not admission
 * (AdmissionControlTest does).
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {
        "ticketing.booking.inventory.seats-per-bucket=4",
        "ticketing.booking.admission.max-wait=10s"})
abstract class BookingServiceIntegrationTest {

    @Autowired
    RestTestClient http;
    @Autowired
    JdbcClient jdbc;

    BookingApi api;
    Inbox inbox;

    @BeforeEach
    void connectToTheService() {
        api = new BookingApi(http);
        inbox = new Inbox(jdbc);
    }

    /** The {@code type} a problem+json body carries for this catalogued problem. */
    static String typeOf(ProblemType problem) {
        return problem.type().toString();
    }

    int bookingsOf(TestUser user) {
        return jdbc.sql("SELECT count(*) FROM booking WHERE user_id = :userId")
                .param("userId", user.id()).query(Integer.class).single();
    }

    int bookingsOf(EventPublished event) {
        return jdbc.sql("SELECT count(*) FROM booking WHERE event_id = :eventId")
                .param("eventId", event.eventId()).query(Integer.class).single();
    }

    int idempotencyKeysOf(TestUser user) {
        return jdbc.sql("SELECT count(*) FROM idempotency_key WHERE user_id = :userId")
                .param("userId", user.id()).query(Integer.class).single();
    }

    /** Everything published before with the event's key has been consumed once a marker behind it has. */
    void awaitEverythingConsumedFor(EventPublished event) {
        EventPublished marker = CatalogEvents.eventOnSale(1);
        CatalogEvents.publishBehind(event, marker);
        api.awaitAvailability(marker.eventId());
    }
}
