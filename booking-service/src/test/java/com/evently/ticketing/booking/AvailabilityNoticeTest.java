package com.evently.ticketing.booking;

import com.evently.ticketing.booking.application.PublishingAvailability;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.booking.AvailabilityChanged;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.ContractAssertions;
import com.evently.ticketing.testsupport.TestEventBus;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.evently.ticketing.booking.BookingApi.bookingOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * AvailabilityChanged reaches the catalog within seconds of a sale, once per change, also while several publishers
 * (the scheduled job and the threads of a test, standing in for replicas) run at the same time.
 */
class AvailabilityNoticeTest extends BookingServiceIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    PublishingAvailability publishingAvailability;

    @Test
    void aSaleIsAnnouncedWithinSecondsAndOnlyOnce() throws InterruptedException {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);
        awaitNotices(event, 1);
        assertThat(noticesOf(event).getFirst()).satisfies(notice -> {
            assertThat(notice.capacity()).isEqualTo(10);
            assertThat(notice.available()).as("a new line is announced as it opens").isEqualTo(10);
        });

        api.placeConfirmed(TestUser.attendee(), bookingOf(event, 3));

        awaitNotices(event, 2);
        AvailabilityChanged sold = noticesOf(event).getLast();
        assertThat(sold.eventId()).isEqualTo(event.eventId());
        assertThat(sold.sessionId()).isEqualTo(CatalogEvents.firstSession(event));
        assertThat(sold.ticketTypeId()).isEqualTo(CatalogEvents.firstTicketType(event));
        assertThat(sold.available()).isEqualTo(7);
        assertThat(sold.observedAt()).isAfter(noticesOf(event).getFirst().observedAt());

        Thread.sleep(3_000);
        assertThat(noticesOf(event)).as("nothing changed, nothing announced").hasSize(2);
    }

    @Test
    void salesBetweenTwoRunsCollapseIntoOneNotice() {
        EventPublished event = CatalogEvents.eventOnSale(50);
        api.putOnSale(event);
        awaitNotices(event, 1);

        // Sold in one transaction of the test's own, so that no run can fall between the sales.
        new InventoryRows(jdbc).setAvailable(event.eventId(), "line.available - 5");
        new InventoryRows(jdbc).setAvailable(event.eventId(), "line.available - 4");

        awaitNotices(event, 2);
        assertThat(noticesOf(event)).extracting(AvailabilityChanged::available).endsWith(41);
    }

    @Test
    void concurrentPublishersAnnounceEachChangeOnce() throws Exception {
        EventPublished event = CatalogEvents.eventOnSale(2, 3, 30);
        api.putOnSale(event);
        awaitNotices(event, 6);

        for (int round = 1; round <= 5; round++) {
            api.placeConfirmed(TestUser.attendee(), BookingApi.bookingOf(event, 1));
            int threads = 8;
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                for (int thread = 0; thread < threads; thread++) {
                    runs.add(pool.submit(() -> {
                        start.await();
                        return publishingAvailability.publishChanges();
                    }));
                }
                start.countDown();
                for (Future<Integer> run : runs) {
                    run.get();
                }
            }
            int expected = 6 + round;
            awaitNotices(event, expected);
            assertThat(noticesOf(event)).as("round " + round).hasSize(expected);
        }
        List<Integer> firstLine = noticesOf(event).stream()
                .filter(notice -> notice.sessionId().equals(CatalogEvents.firstSession(event))
                        && notice.ticketTypeId().equals(CatalogEvents.firstTicketType(event)))
                .map(AvailabilityChanged::available).toList();
        assertThat(firstLine).containsExactly(30, 29, 28, 27, 26, 25);
    }

    @Test
    void noticesReachTheBrokerKeyedByEvent() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);

        List<TestEventBus.Message> messages = TestEventBus.await(Topics.BOOKING_EVENTS,
                message -> EventTypes.AVAILABILITY_CHANGED.equals(message.eventType())
                        && message.payload().contains(event.eventId().toString()), 1, Duration.ofSeconds(30));

        assertThat(messages).singleElement().satisfies(message -> {
            assertThat(message.key()).isEqualTo(event.eventId().toString());
            ContractAssertions.assertMatchesSchema(EventTypes.AVAILABILITY_CHANGED, message.payload());
        });
    }

    private void awaitNotices(EventPublished event, int count) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> noticesOf(event).size() >= count);
    }

    /** The event's AvailabilityChanged outbox rows, oldest first, each checked against the contract's schema. */
    private List<AvailabilityChanged> noticesOf(EventPublished event) {
        return jdbc.sql("""
                        SELECT payload::text FROM outbox
                         WHERE event_type = :type AND aggregate_id = :event
                         ORDER BY position
                        """)
                .param("type", EventTypes.AVAILABILITY_CHANGED)
                .param("event", event.eventId().toString())
                .query(String.class).list().stream()
                .map(payload -> {
                    ContractAssertions.assertMatchesSchema(EventTypes.AVAILABILITY_CHANGED, payload);
                    return JSON.readValue(payload, AvailabilityChanged.class);
                })
                .toList();
    }
}
