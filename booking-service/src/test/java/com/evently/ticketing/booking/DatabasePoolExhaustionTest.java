package com.evently.ticketing.booking;

import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.evently.ticketing.booking.BookingApi.bookingOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With every pooled connection busy, a booking is refused quickly with 503 and Retry-After instead of queueing
 * for a connection past the gateway's timeout; it stored nothing, and the same request succeeds once
 * connections are free again.
 */
@TestPropertySource(properties = {
        "spring.datasource.hikari.maximum-pool-size=3",
        "spring.datasource.hikari.connection-timeout=300"})
class DatabasePoolExhaustionTest extends BookingServiceIntegrationTest {

    @Autowired
    DataSource dataSource;

    TestUser buyer = TestUser.attendee();
    String key = UUID.randomUUID().toString();

    @Test
    void bookingAnswers503WithRetryAfterWhileThePoolIsExhausted() throws Exception {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);

        long started;
        try (PoolHog ignored = PoolHog.takeEveryConnection(dataSource)) {
            started = System.nanoTime();
            api.place(buyer, key, bookingOf(event, 1))
                    .expectStatus().isEqualTo(503)
                    .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1")
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.TEMPORARILY_UNAVAILABLE));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(bookingsOf(buyer)).isZero();

        api.place(buyer, key, bookingOf(event, 1)).expectStatus().isCreated();
    }

    /** Holds connections until the pool has none left to give. */
    private record PoolHog(List<Connection> held) implements AutoCloseable {

        static PoolHog takeEveryConnection(DataSource dataSource) {
            List<Connection> held = new ArrayList<>();
            while (true) {
                try {
                    held.add(dataSource.getConnection());
                } catch (SQLException exhausted) {
                    return new PoolHog(held);
                }
            }
        }

        @Override
        public void close() throws SQLException {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }
}
