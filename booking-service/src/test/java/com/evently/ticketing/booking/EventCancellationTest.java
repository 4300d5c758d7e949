package com.evently.ticketing.booking;

import com.evently.ticketing.booking.adapter.in.web.BookingProblem;
import com.evently.ticketing.contracts.catalog.EventCancelled;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.evently.ticketing.booking.BookingApi.bookingOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** EventCancelled closes an event's sales for good, even when it races a booking or beats the event's publication. */
class EventCancellationTest extends BookingServiceIntegrationTest {

    @Autowired
    DataSource dataSource;

    TestUser buyer = TestUser.attendee();

    @Test
    void refusesBookingOfACancelledEventAndStoresNothing() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);
        api.placeConfirmed(TestUser.attendee(), bookingOf(event, 2));
        assertThat(api.currentAvailability(event.eventId()).status()).isEqualTo("ON_SALE");
        EventCancelled cancellation = CatalogEvents.cancellationOf(event.eventId(), "The venue flooded");

        inbox.awaitProcessed(CatalogEvents.publish(cancellation));

        api.place(buyer, UUID.randomUUID().toString(), bookingOf(event, 1))
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(typeOf(BookingProblem.EVENT_CANCELLED))
                .jsonPath("$.title").isEqualTo("Event cancelled")
                .jsonPath("$.status").isEqualTo(409)
                .jsonPath("$.reason").isEqualTo("The venue flooded")
                .jsonPath("$.cancelledAt").value(String.class, cancelledAt ->
                        assertThat(Instant.parse(cancelledAt)).isEqualTo(cancellation.cancelledAt()));
        assertNothingStoredFor(buyer);
        assertThat(bookingsOf(event)).as("the booking made before the cancellation is kept, cancelled").isEqualTo(1);
        awaitNoConfirmedBookingOf(event);
        assertThat(api.currentAvailability(event.eventId())).satisfies(availability -> {
            assertThat(availability.status()).isEqualTo("CANCELLED");
            assertThat(availability.lines()).singleElement().satisfies(line -> {
                assertThat(line.capacity()).isEqualTo(10);
                assertThat(line.available()).as("its seats went back with its bookings").isEqualTo(10);
            });
        });
    }

    @Test
    void redeliveredEventCancelledChangesNothing() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);
        EventCancelled cancellation = CatalogEvents.cancellationOf(event.eventId(), "Speaker ill");
        String ceId = CatalogEvents.publish(cancellation);
        inbox.awaitProcessed(ceId);

        CatalogEvents.redeliver(cancellation, ceId);
        awaitEverythingConsumedFor(event);

        assertThat(inbox.rowsFor(ceId)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM cancelled_event WHERE event_id = :id")
                .param("id", event.eventId()).query(Integer.class).single()).isEqualTo(1);
        assertThat(api.currentAvailability(event.eventId()).status()).isEqualTo("CANCELLED");
        api.place(buyer, UUID.randomUUID().toString(), bookingOf(event, 1)).expectStatus().isEqualTo(409);
    }

    @Test
    void cancellationOfAnEventNotYetReceivedKeepsItsLatePublicationOffSale() {
        EventPublished event = CatalogEvents.eventOnSale(10);

        inbox.awaitProcessed(CatalogEvents.publish(CatalogEvents.cancellationOf(event.eventId(), null)));
        CatalogEvents.publish(event);

        assertThat(api.awaitAvailability(event.eventId()).status()).isEqualTo("CANCELLED");
        api.place(buyer, UUID.randomUUID().toString(), bookingOf(event, 1))
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo(typeOf(BookingProblem.EVENT_CANCELLED))
                .jsonPath("$.reason").doesNotExist();
        assertNothingStoredFor(buyer);
    }

    @Test
    void cancellationWaitsForABookingThatHoldsALine() throws Exception {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);
        String ceId;

        try (LineLock ignored = LineLock.hold(dataSource, event)) {
            ceId = CatalogEvents.publish(CatalogEvents.cancellationOf(event.eventId(), "Called off"));
            awaitLockWaitOf("FROM inventory_line");
            assertThat(inbox.rowsFor(ceId)).as("not committed while a booking holds a line").isZero();
        }

        inbox.awaitProcessed(ceId);
        assertThat(api.currentAvailability(event.eventId()).status()).isEqualTo("CANCELLED");
    }

    /**
     * A booking that asked while the cancellation was being stored waited for its line, and then found the event
     * cancelled. To catch the cancellation mid-way, the test holds an uncommitted row of its own in cancelled_event:
     * the consumer, having locked the event's lines, queues on that row until the test rolls it back.
     */
    @Test
    void bookingThatQueuedBehindACancellationIsRefused() throws Exception {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);
        String ceId;
        CompletableFuture<EntityExchangeResult<String>> answer;

        try (CancellationRowLock ignored = CancellationRowLock.hold(dataSource, event)) {
            ceId = CatalogEvents.publish(CatalogEvents.cancellationOf(event.eventId(), "Called off"));
            awaitLockWaitOf("INSERT INTO cancelled_event");
            answer = CompletableFuture.supplyAsync(() ->
                    api.place(buyer, UUID.randomUUID().toString(), bookingOf(event, 1)).returnResult(String.class));
            awaitLockWaitOf("FROM inventory_line");
        }

        EntityExchangeResult<String> refused = answer.get(30, TimeUnit.SECONDS);
        assertThat(refused.getStatus().value()).isEqualTo(409);
        assertThat(refused.getResponseBody()).contains(typeOf(BookingProblem.EVENT_CANCELLED)).contains("Called off");
        assertThat(inbox.rowsFor(ceId)).isEqualTo(1);
        assertNothingStoredFor(buyer);
        assertThat(api.currentAvailability(event.eventId()).lines().getFirst().available()).isEqualTo(10);
    }

    /** An uncommitted row for the event in cancelled_event, held by another transaction until closed. */
    private record CancellationRowLock(Connection connection) implements AutoCloseable {

        static CancellationRowLock hold(DataSource dataSource, EventPublished event) throws SQLException {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO cancelled_event (event_id, reason, cancelled_at) VALUES (?, 'test blocker', now())")) {
                insert.setObject(1, event.eventId());
                insert.executeUpdate();
            }
            return new CancellationRowLock(connection);
        }

        @Override
        public void close() throws SQLException {
            connection.rollback();
            connection.close();
        }
    }

    /** Waits until some session of this database waits for a lock while running a statement containing {@code sql}. */
    private void awaitLockWaitOf(String sql) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM pg_stat_activity
                         WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE :pattern
                        """)
                .param("pattern", "%" + sql + "%").query(Integer.class).single() > 0);
    }

    private void awaitNoConfirmedBookingOf(EventPublished event) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> jdbc.sql(
                        "SELECT count(*) FROM booking WHERE event_id = :eventId AND status = 'CONFIRMED'")
                .param("eventId", event.eventId()).query(Integer.class).single() == 0);
    }

    private void assertNothingStoredFor(TestUser user) {
        assertThat(bookingsOf(user)).isZero();
        assertThat(idempotencyKeysOf(user)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM outbox WHERE payload ->> 'userId' = CAST(:userId AS text)")
                .param("userId", user.id()).query(Integer.class).single()).isZero();
    }
}
