package com.evently.ticketing.analytics;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestEventBus;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.json.JsonMapper;

import java.util.UUID;

import static com.evently.ticketing.analytics.EventStatisticsApi.CONSUMER_PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The read model as fed by real catalog and booking events over the real broker. */
@ServiceIntegrationTest
class EventStatisticsProjectionTest {

    private final TestUser admin = TestUser.admin();
    private final UUID organizerId = UUID.randomUUID();

    @Autowired
    private RestTestClient http;
    @Autowired
    private JsonMapper json;
    @Autowired
    private JdbcClient jdbc;

    private IntegrationEventFeed feed;
    private EventStatisticsApi api;

    @BeforeEach
    void setUp() {
        feed = new IntegrationEventFeed(json);
        api = new EventStatisticsApi(http);
    }

    @Test
    void capacityIsTheSumOverSessionsAndTicketTypes() {
        EventPublished event = feed.eventPublished(UUID.randomUUID(), organizerId, 2, 100, 25);

        feed.publish(event);

        api.awaitStatistics(event.eventId(), admin, body -> body
                .jsonPath("$.eventId").isEqualTo(event.eventId().toString())
                .jsonPath("$.title").isEqualTo(event.title())
                .jsonPath("$.capacity").isEqualTo(250)
                .jsonPath("$.confirmed").isEqualTo(0)
                .jsonPath("$.cancelled").isEqualTo(0)
                .jsonPath("$.occupancyPercent").isEqualTo(0.0)
                .jsonPath("$.cancellationRate").isEqualTo(0.0));
    }

    @Test
    void confirmedBookingsAddUpToTheOccupancy() {
        EventPublished event = feed.eventPublished(UUID.randomUUID(), organizerId, 2, 25, 10);
        feed.publish(event);

        feed.publish(feed.bookingConfirmed(event.eventId(), 1));
        feed.publish(feed.bookingConfirmed(event.eventId(), 2));
        feed.publish(feed.bookingConfirmed(event.eventId(), 3));

        // 6 of 2 × (25 + 10) = 70 seats is 8.571… %
        api.awaitStatistics(event.eventId(), admin, body -> body
                .jsonPath("$.capacity").isEqualTo(70)
                .jsonPath("$.confirmed").isEqualTo(6)
                .jsonPath("$.occupancyPercent").isEqualTo(8.6));
    }

    @Test
    void bookingThatArrivesBeforeItsEventIsCountedOnceTheEventArrives() {
        UUID eventId = UUID.randomUUID();
        BookingConfirmed early = feed.bookingConfirmed(eventId, 2);

        feed.publish(early);
        await().atMost(CONSUMER_PATIENCE).until(() -> countedBookingsOf(early.bookingId()) == 1);
        api.show(eventId, admin).expectStatus().isNotFound();

        feed.publish(feed.eventPublished(eventId, organizerId, 1, 40));

        api.awaitStatistics(eventId, admin, body -> body
                .jsonPath("$.capacity").isEqualTo(40)
                .jsonPath("$.confirmed").isEqualTo(2)
                .jsonPath("$.occupancyPercent").isEqualTo(5.0));
    }

    @Test
    void bookingRedeliveredOrRepublishedUnderANewIdIsCountedOnce() {
        EventPublished event = feed.eventPublished(UUID.randomUUID(), organizerId, 1, 10);
        feed.publish(event);
        BookingConfirmed booking = feed.bookingConfirmed(event.eventId(), 3);
        String firstDelivery = UUID.randomUUID().toString();

        feed.publish(booking, firstDelivery);
        feed.publish(booking, firstDelivery);
        String republished = feed.publish(booking);

        // same key, same partition, consumed in order: once the re-publish is in the inbox, all three were handled
        await().atMost(CONSUMER_PATIENCE).until(() -> isInInbox(republished));
        api.awaitStatistics(event.eventId(), admin, body -> body
                .jsonPath("$.confirmed").isEqualTo(3)
                .jsonPath("$.occupancyPercent").isEqualTo(30.0));
        assertThat(confirmedBookingsOf(event.eventId())).isEqualTo(1);
    }

    @Test
    void bookingThatBreaksItsContractIsDeadLetteredAndNotCounted() {
        EventPublished event = feed.eventPublished(UUID.randomUUID(), organizerId, 1, 10);
        feed.publish(event);
        String bookingId = UUID.randomUUID().toString();
        String zeroSeats = """
                {"bookingId":"%s","userId":"%s","buyerEmail":"ana@example.com","eventId":"%s",
                 "sessionId":"%s","ticketTypeId":"%s","quantity":0,"seatIds":[],"occurredAt":"2027-03-01T09:00:00Z"}
                """.formatted(bookingId, UUID.randomUUID(), event.eventId(), UUID.randomUUID(), UUID.randomUUID());

        TestEventBus.publish(EventTypes.BOOKING_CONFIRMED, bookingId, zeroSeats);

        assertThat(TestEventBus.await(Topics.deadLetterOf(Topics.BOOKING_EVENTS),
                message -> bookingId.equals(message.key()), 1, CONSUMER_PATIENCE)).hasSize(1);
        assertThat(countedBookingsOf(UUID.fromString(bookingId))).isZero();

        feed.publish(feed.bookingConfirmed(event.eventId(), 2));
        api.awaitStatistics(event.eventId(), admin, body -> body.jsonPath("$.confirmed").isEqualTo(2));
    }

    private long countedBookingsOf(UUID bookingId) {
        return jdbc.sql("SELECT count(*) FROM counted_bookings WHERE booking_id = :bookingId")
                .param("bookingId", bookingId).query(Long.class).single();
    }

    private boolean isInInbox(String eventId) {
        return jdbc.sql("SELECT count(*) FROM inbox WHERE event_id = :eventId")
                .param("eventId", UUID.fromString(eventId)).query(Long.class).single() == 1;
    }

    private int confirmedBookingsOf(UUID eventId) {
        return jdbc.sql("SELECT confirmed_bookings FROM event_stats WHERE event_id = :eventId")
                .param("eventId", eventId).query(Integer.class).single();
    }
}
