package com.evently.ticketing.analytics;

import com.evently.ticketing.analytics.application.RebuildingProjection;
import com.evently.ticketing.contracts.booking.BookingCancelled;
import com.evently.ticketing.contracts.booking.BookingChanged;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.contracts.ticket.TicketCheckedIn;
import com.evently.ticketing.contracts.ticket.TicketTransferred;
import com.evently.ticketing.contracts.ticket.TicketsIssued;
import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.evently.ticketing.analytics.IntegrationEventFeed.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Replaying the topics from their beginning rebuilds exactly the projection the live consumers built. */
class ProjectionRebuildTest extends AnalyticsIntegrationTest {

    /**
     * The event's rows of every projected table ({@code updated_at} only says when a row was written). Only this
     * test's event: other tests write some rows straight through the ports, which no topic holds.
     */
    private static final Map<String, String> TABLES = Map.of(
            "event_stats", "SELECT event_id, organizer_id, title, capacity, status, cancelled_at, cancellation_reason,"
                    + " catalog_version FROM event_stats WHERE event_id = :eventId",
            "event_lines", "SELECT * FROM event_lines WHERE event_id = :eventId ORDER BY session_id, ticket_type_id",
            "booking_facts", "SELECT booking_id, user_id, event_id, session_id, ticket_type_id, quantity, status,"
                    + " revision, unit_price, currency, booked_at, cancelled_at, cancel_cause FROM booking_facts"
                    + " WHERE event_id = :eventId ORDER BY booking_id",
            "waitlist_offers", "SELECT * FROM waitlist_offers WHERE event_id = :eventId ORDER BY offer_id",
            "tickets", "SELECT * FROM tickets WHERE event_id = :eventId ORDER BY ticket_id",
            "check_ins", "SELECT * FROM check_ins WHERE event_id = :eventId ORDER BY ticket_id");

    @Autowired
    private RebuildingProjection rebuildingProjection;

    @Test
    void rebuiltProjectionEqualsTheLiveOne() {
        EventPublished event = events.eventPublished(UUID.randomUUID(), UUID.randomUUID(), 2, 10, 5);
        events.publish(event);
        BookingConfirmed edited = events.bookingConfirmed(event, 0, 0, 2, UUID.randomUUID(), Instant.now());
        BookingConfirmed cancelled = events.bookingConfirmed(event, 1, 1, 3, UUID.randomUUID(), Instant.now());
        events.publish(edited);
        events.publish(cancelled);
        BookingChanged change = events.bookingChanged(edited, 1, lineOf(edited), event, 1, 0, 4, Instant.now());
        events.publish(change);
        events.publish(change);
        events.publish(events.bookingCancelled(cancelled, lineOf(cancelled), BookingCancelled.Cause.BUYER,
                Instant.now()));
        events.publish(events.waitlistOfferMade(event, 1, 1, 1, UUID.randomUUID(), Instant.now()));
        events.publishUpdate(event, "Java Day (renamed)", 2);
        TicketsIssued issued = events.ticketsIssued(edited);
        events.publish(issued);
        TicketTransferred transferred = events.ticketTransferred(edited, issued.tickets().get(0));
        events.publish(transferred);
        TicketCheckedIn checkedIn = events.ticketCheckedIn(edited, lineOf(edited), transferred.ticketId(),
                Instant.now());
        events.publish(checkedIn);
        events.publish(checkedIn);
        events.publish(events.ticketCheckedIn(edited, lineOf(edited), issued.tickets().get(1).ticketId(),
                Instant.now()));
        api.awaitStatistics(event.eventId(), admin, body -> body
                .jsonPath("$.title").isEqualTo("Java Day (renamed)")
                .jsonPath("$.confirmed").isEqualTo(4)
                .jsonPath("$.cancelled").isEqualTo(3)
                .jsonPath("$.checkedIn").isEqualTo(2));
        await().atMost(CONSUMER_PATIENCE).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT count(*) FROM tickets WHERE event_id = :eventId AND revoked_at IS NOT NULL")
                .param("eventId", event.eventId()).query(Integer.class).single()).isEqualTo(1));
        Map<String, List<Map<String, Object>>> live = projectionOf(event.eventId());
        assertThat(live.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());

        long applied = http.post().uri("/api/v1/analytics/admin/projection/rebuild")
                .header(HttpHeaders.AUTHORIZATION, admin.bearer())
                .exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().at("/eventsApplied").asLong();

        assertThat(applied).isPositive();
        assertThat(projectionOf(event.eventId())).isEqualTo(live);
        api.show(event.eventId(), admin).expectStatus().isOk().expectBody()
                .jsonPath("$.confirmed").isEqualTo(4)
                .jsonPath("$.cancelled").isEqualTo(3)
                .jsonPath("$.checkedIn").isEqualTo(2);
    }

    @Test
    void onlyAnAdminMayRebuild() {
        TestUser organizer = new TestUser(UUID.randomUUID(), "o@example.com", "Organizer",
                List.of("USER", "ORGANIZER"));
        http.post().uri("/api/v1/analytics/admin/projection/rebuild")
                .header(HttpHeaders.AUTHORIZATION, organizer.bearer())
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PlatformProblem.FORBIDDEN.type().toString());
        http.post().uri("/api/v1/analytics/admin/projection/rebuild")
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void bookingsArrivingDuringARebuildAreNeitherLostNorCountedTwice() throws Exception {
        EventPublished event = events.eventPublished(UUID.randomUUID(), UUID.randomUUID(), 1, 500);
        events.publish(event);
        api.awaitStatistics(event.eventId(), admin, body -> body.jsonPath("$.capacity").isEqualTo(500));

        CompletableFuture<Long> rebuild = CompletableFuture.supplyAsync(rebuildingProjection::rebuild);
        int seats = 0;
        for (int booking = 1; booking <= 20; booking++) {
            events.publish(events.bookingConfirmed(event, 0, 0, 1 + booking % 3, UUID.randomUUID(), Instant.now()));
            seats += 1 + booking % 3;
        }

        assertThat(rebuild.get(CONSUMER_PATIENCE.toSeconds(), TimeUnit.SECONDS)).isPositive();
        int expected = seats;
        api.awaitStatistics(event.eventId(), admin, body -> body
                .jsonPath("$.confirmed").isEqualTo(expected)
                .jsonPath("$.confirmedBookings").isEqualTo(20));
    }

    private Map<String, List<Map<String, Object>>> projectionOf(UUID eventId) {
        Map<String, List<Map<String, Object>>> rows = new TreeMap<>();
        TABLES.forEach((table, query) -> rows.put(table, jdbc.sql(query).param("eventId", eventId).query().listOfRows()));
        return rows;
    }
}
