package com.evently.ticketing.analytics;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.booking.BookingCancelled;
import com.evently.ticketing.contracts.booking.BookingChanged;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.TestEventBus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.evently.ticketing.analytics.IntegrationEventFeed.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Edits and cancellations of bookings, and cancellations of events, as fed over the real broker. */
class BookingLifecycleProjectionTest extends AnalyticsIntegrationTest {

    private final UUID organizerId = UUID.randomUUID();

    @Test
    void cancelledBookingMovesItsSeatsFromConfirmedToCancelled() {
        EventPublished event = listed(1, 100);
        BookingConfirmed kept = events.bookingConfirmed(event, 0, 0, 3);
        BookingConfirmed cancelled = events.bookingConfirmed(event, 0, 0, 2);
        events.publish(kept);
        events.publish(cancelled);

        events.publish(events.bookingCancelled(cancelled, lineOf(cancelled), BookingCancelled.Cause.BUYER));

        // 2 of the 5 seats ever sold were cancelled
        api.awaitStatistics(event.eventId(), admin, body -> body
                .jsonPath("$.confirmed").isEqualTo(3)
                .jsonPath("$.cancelled").isEqualTo(2)
                .jsonPath("$.confirmedBookings").isEqualTo(1)
                .jsonPath("$.cancelledBookings").isEqualTo(1)
                .jsonPath("$.occupancyPercent").isEqualTo(3.0)
                .jsonPath("$.cancellationRate").isEqualTo(40.0)
                .jsonPath("$.cancelledByCause.BUYER").isEqualTo(2)
                .jsonPath("$.cancelledByCause.ADMIN").isEqualTo(0)
                .jsonPath("$.status").isEqualTo("PUBLISHED")
                .jsonPath("$.cancelledAt").doesNotExist());
    }

    @Test
    void cancellationRedeliveredOrRepublishedUnderANewIdIsCountedOnce() {
        EventPublished event = listed(1, 10);
        BookingConfirmed booking = events.bookingConfirmed(event, 0, 0, 4);
        events.publish(booking);
        BookingCancelled cancelled = events.bookingCancelled(booking, lineOf(booking), BookingCancelled.Cause.ADMIN);
        String firstDelivery = UUID.randomUUID().toString();

        events.publish(cancelled, firstDelivery);
        events.publish(cancelled, firstDelivery);
        String republished = events.publish(cancelled);

        // same key, same partition, consumed in order: once the re-publish is in the inbox, all three were handled
        await().atMost(CONSUMER_PATIENCE).until(() -> isInInbox(republished));
        api.awaitStatistics(event.eventId(), admin, body -> body
                .jsonPath("$.confirmed").isEqualTo(0)
                .jsonPath("$.cancelled").isEqualTo(4)
                .jsonPath("$.cancelledBookings").isEqualTo(1)
                .jsonPath("$.cancellationRate").isEqualTo(100.0));
        // no other test here cancels as an admin
        assertThat(prometheusValue("ticketing_analytics_bookings_cancelled_total", "cause=\"ADMIN\"")).isEqualTo(1.0);
        assertThat(prometheusValue("ticketing_analytics_seats_cancelled_total", "cause=\"ADMIN\"")).isEqualTo(4.0);
    }

    /** The value of the metric's series with {@code label} as Prometheus scrapes it; 0 while there is none. */
    private double prometheusValue(String metric, String label) {
        String scrape = http.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        return scrape.lines().filter(line -> line.startsWith(metric + "{") && line.contains(label)).findFirst()
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).orElse(0.0);
    }

    @Test
    void editMovesTheSeatsBetweenLines() {
        EventPublished event = listed(2, 10, 5);
        BookingConfirmed booking = events.bookingConfirmed(event, 0, 0, 2);
        events.publish(booking);
        events.publish(events.bookingConfirmed(event, 1, 1, 1));

        // day 1 standard × 2 → day 2 tier 2 × 3
        BookingChanged changed = events.bookingChanged(booking, 1, lineOf(booking), event, 1, 1, 3);
        events.publish(changed);

        api.awaitStatistics(event.eventId(), admin, body -> body
                .jsonPath("$.capacity").isEqualTo(30)
                .jsonPath("$.confirmed").isEqualTo(4)
                .jsonPath("$.cancelled").isEqualTo(0)
                .jsonPath("$.confirmedBookings").isEqualTo(2)
                .jsonPath("$.lines.length()").isEqualTo(4)
                .jsonPath(line(event, 0, 0) + ".confirmed").isEqualTo(List.of(0))
                .jsonPath(line(event, 0, 0) + ".capacity").isEqualTo(List.of(10))
                .jsonPath(line(event, 1, 1) + ".confirmed").isEqualTo(List.of(4))
                .jsonPath(line(event, 1, 1) + ".occupancyPercent").isEqualTo(List.of(80.0)));
    }

    @Test
    void staleOrRedeliveredEditChangesNothingAndCancellationCountsTheLastLine() {
        EventPublished event = listed(2, 10);
        BookingConfirmed booking = events.bookingConfirmed(event, 0, 0, 2);
        events.publish(booking);
        BookingChanged first = events.bookingChanged(booking, 1, lineOf(booking), event, 1, 0, 5);
        BookingChanged second = events.bookingChanged(booking, 2, first.current(), event, 1, 0, 1);
        String firstDelivery = UUID.randomUUID().toString();
        events.publish(first, firstDelivery);
        events.publish(second);

        events.publish(first, firstDelivery);
        events.publish(first);
        String cancellation = events.publish(
                events.bookingCancelled(booking, second.current(), BookingCancelled.Cause.BUYER));

        await().atMost(CONSUMER_PATIENCE).until(() -> isInInbox(cancellation));
        api.awaitStatistics(event.eventId(), admin, body -> body
                .jsonPath("$.confirmed").isEqualTo(0)
                .jsonPath("$.cancelled").isEqualTo(1)
                .jsonPath(line(event, 1, 0) + ".cancelled").isEqualTo(List.of(1))
                .jsonPath(line(event, 0, 0) + ".cancelled").isEqualTo(List.of(0)));
    }

    @Test
    void editArrivingAfterTheCancellationChangesNothing() {
        EventPublished event = listed(1, 10);
        BookingConfirmed booking = events.bookingConfirmed(event, 0, 0, 2);
        events.publish(booking);
        events.publish(events.bookingCancelled(booking, lineOf(booking), BookingCancelled.Cause.BUYER));

        String late = events.publish(events.bookingChanged(booking, 1, lineOf(booking), event, 0, 0, 6));

        await().atMost(CONSUMER_PATIENCE).until(() -> isInInbox(late));
        api.awaitStatistics(event.eventId(), admin, body -> body
                .jsonPath("$.confirmed").isEqualTo(0)
                .jsonPath("$.cancelled").isEqualTo(2));
    }

    @Test
    void cancelledEventIsShownWithItsTimeAndItsCascadedBookings() {
        EventPublished event = listed(1, 20);
        BookingConfirmed first = events.bookingConfirmed(event, 0, 0, 2);
        BookingConfirmed second = events.bookingConfirmed(event, 0, 0, 3);
        events.publish(first);
        events.publish(second);
        Instant cancelledAt = Instant.parse("2027-02-15T12:00:00Z");

        events.publish(events.eventCancelled(event, cancelledAt));
        events.publish(events.bookingCancelled(first, lineOf(first), BookingCancelled.Cause.EVENT_CANCELLED));
        events.publish(events.bookingCancelled(second, lineOf(second), BookingCancelled.Cause.EVENT_CANCELLED));

        api.awaitStatistics(event.eventId(), admin, body -> body
                .jsonPath("$.status").isEqualTo("CANCELLED")
                .jsonPath("$.cancelledAt").isEqualTo("2027-02-15T12:00:00Z")
                .jsonPath("$.confirmed").isEqualTo(0)
                .jsonPath("$.cancelled").isEqualTo(5)
                .jsonPath("$.cancelledByCause.EVENT_CANCELLED").isEqualTo(5)
                .jsonPath("$.occupancyPercent").isEqualTo(0.0));
    }

    @Test
    void eventCancellationBeforeItsListingIsKeptWhenTheListingArrives() {
        EventPublished event = events.eventPublished(UUID.randomUUID(), organizerId, 1, 10);
        String cancellation = events.publish(events.eventCancelled(event, Instant.parse("2027-02-15T12:00:00Z")));
        await().atMost(CONSUMER_PATIENCE).until(() -> isInInbox(cancellation));

        events.publish(event);

        api.awaitStatistics(event.eventId(), admin, body -> body
                .jsonPath("$.status").isEqualTo("CANCELLED")
                .jsonPath("$.capacity").isEqualTo(10));
    }

    @Test
    void updatedTitleIsShownAndAStaleUpdateDoesNotWinBack() {
        EventPublished event = listed(1, 10);
        api.awaitStatistics(event.eventId(), admin, body -> body.jsonPath("$.title").isEqualTo(event.title()));

        events.publishUpdate(event, "Java Day 2027 (new venue)", 3);
        String stale = events.publishUpdate(event, "Java Day (draft)", 2);

        await().atMost(CONSUMER_PATIENCE).until(() -> isInInbox(stale));
        api.awaitStatistics(event.eventId(), admin, body -> body
                .jsonPath("$.title").isEqualTo("Java Day 2027 (new venue)"));
    }

    @Test
    void cancellationThatBreaksItsContractIsDeadLetteredAndChangesNothing() {
        EventPublished event = listed(1, 10);
        BookingConfirmed booking = events.bookingConfirmed(event, 0, 0, 2);
        events.publish(booking);
        String noLine = """
                {"bookingId":"%s","userId":"%s","buyerEmail":"ana@example.com","eventId":"%s","quantity":2,
                 "seatIds":["%s"],"cause":"BUYER","occurredAt":"2027-03-01T09:00:00Z"}
                """.formatted(booking.bookingId(), booking.userId(), event.eventId(), UUID.randomUUID());

        TestEventBus.publish(EventTypes.BOOKING_CANCELLED, booking.bookingId().toString(), noLine);

        assertThat(TestEventBus.await(Topics.deadLetterOf(Topics.BOOKING_EVENTS),
                message -> booking.bookingId().toString().equals(message.key()), 1, CONSUMER_PATIENCE)).hasSize(1);
        api.awaitStatistics(event.eventId(), admin, body -> body
                .jsonPath("$.confirmed").isEqualTo(2)
                .jsonPath("$.cancelled").isEqualTo(0));
    }

    private EventPublished listed(int sessions, int... seats) {
        EventPublished event = events.eventPublished(UUID.randomUUID(), organizerId, sessions, seats);
        events.publish(event);
        return event;
    }

    /** JSON path of the line of {@code event}'s session and tier (a filter: it yields a list of one). */
    private static String line(EventPublished event, int session, int tier) {
        return "$.lines[?(@.sessionId == '%s' && @.ticketTypeId == '%s')]".formatted(
                event.sessions().get(session).sessionId(), event.ticketTypes().get(tier).ticketTypeId());
    }

    private boolean isInInbox(String eventId) {
        return jdbc.sql("SELECT count(*) FROM inbox WHERE event_id = :eventId")
                .param("eventId", UUID.fromString(eventId)).query(Long.class).single() == 1;
    }
}
