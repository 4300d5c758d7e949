package com.evently.ticketing.analytics;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.TestEventBus;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The read model as fed by real catalog and booking events over the real broker. */
class EventStatisticsProjectionTest extends AnalyticsIntegrationTest {

    private final UUID organizerId = UUID.randomUUID();

    @Test
    void capacityIsTheSumOverSessionsAndTicketTypes() {
        EventPublished event = events.eventPublished(UUID.randomUUID(), organizerId, 2, 100, 25);

        events.publish(event);

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
        EventPublished event = events.eventPublished(UUID.randomUUID(), organizerId, 2, 25, 10);
        events.publish(event);

        events.publish(events.bookingConfirmed(event.eventId(), 1));
        events.publish(events.bookingConfirmed(event.eventId(), 2));
        events.publish(events.bookingConfirmed(event.eventId(), 3));

        // 6 of 2 × (25 + 10) = 70 seats is 8.571… %
        api.awaitStatistics(event.eventId(), admin, body -> body
                .jsonPath("$.capacity").isEqualTo(70)
                .jsonPath("$.confirmed").isEqualTo(6)
                .jsonPath("$.occupancyPercent").isEqualTo(8.6));
    }

    @Test
    void bookingThatArrivesBeforeItsEventIsCountedOnceTheEventArrives() {
        UUID eventId = UUID.randomUUID();
        BookingConfirmed early = events.bookingConfirmed(eventId, 2);

        events.publish(early);
        await().atMost(CONSUMER_PATIENCE).until(() -> countedBookingsOf(early.bookingId()) == 1);
        api.show(eventId, admin).expectStatus().isNotFound();

        events.publish(events.eventPublished(eventId, organizerId, 1, 40));

        api.awaitStatistics(eventId, admin, body -> body
                .jsonPath("$.capacity").isEqualTo(40)
                .jsonPath("$.confirmed").isEqualTo(2)
                .jsonPath("$.occupancyPercent").isEqualTo(5.0));
    }

    @Test
    void bookingRedeliveredOrRepublishedUnderANewIdIsCountedOnce() {
        EventPublished event = events.eventPublished(UUID.randomUUID(), organizerId, 1, 10);
        events.publish(event);
        BookingConfirmed booking = events.bookingConfirmed(event.eventId(), 3);
        String firstDelivery = UUID.randomUUID().toString();

        events.publish(booking, firstDelivery);
        events.publish(booking, firstDelivery);
        String republished = events.publish(booking);

        // same key, same partition, consumed in order: once the re-publish is in the inbox, all three were handled
        await().atMost(CONSUMER_PATIENCE).until(() -> isInInbox(republished));
        api.awaitStatistics(event.eventId(), admin, body -> body
                .jsonPath("$.confirmed").isEqualTo(3)
                .jsonPath("$.occupancyPercent").isEqualTo(30.0));
        assertThat(bookingsOf(event.eventId())).isEqualTo(1L);
    }

    @Test
    void bookingThatBreaksItsContractIsDeadLetteredAndNotCounted() {
        EventPublished event = events.eventPublished(UUID.randomUUID(), organizerId, 1, 10);
        events.publish(event);
        String bookingId = UUID.randomUUID().toString();
        String zeroSeats = """
                {"bookingId":"%s","userId":"%s","buyerEmail":"ana@example.com","eventId":"%s",
                 "sessionId":"%s","ticketTypeId":"%s","quantity":0,"seatIds":[],"occurredAt":"2027-03-01T09:00:00Z"}
                """.formatted(bookingId, UUID.randomUUID(), event.eventId(), UUID.randomUUID(), UUID.randomUUID());

        TestEventBus.publish(EventTypes.BOOKING_CONFIRMED, bookingId, zeroSeats);

        assertThat(TestEventBus.await(Topics.deadLetterOf(Topics.BOOKING_EVENTS),
                message -> bookingId.equals(message.key()), 1, CONSUMER_PATIENCE)).hasSize(1);
        assertThat(countedBookingsOf(UUID.fromString(bookingId))).isZero();

        events.publish(events.bookingConfirmed(event.eventId(), 2));
        api.awaitStatistics(event.eventId(), admin, body -> body.jsonPath("$.confirmed").isEqualTo(2));
    }

    private long countedBookingsOf(UUID bookingId) {
        return jdbc.sql("SELECT count(*) FROM booking_facts WHERE booking_id = :bookingId")
                .param("bookingId", bookingId).query(Long.class).single();
    }

    private boolean isInInbox(String eventId) {
        return jdbc.sql("SELECT count(*) FROM inbox WHERE event_id = :eventId")
                .param("eventId", UUID.fromString(eventId)).query(Long.class).single() == 1;
    }

    private long bookingsOf(UUID eventId) {
        return jdbc.sql("SELECT count(*) FROM booking_facts WHERE event_id = :eventId")
                .param("eventId", eventId).query(Long.class).single();
    }
}
