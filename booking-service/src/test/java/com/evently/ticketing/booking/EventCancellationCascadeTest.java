package com.evently.ticketing.booking;

import com.evently.ticketing.booking.BookingApi.Booking;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.catalog.EventCancelled;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

import static com.evently.ticketing.booking.BookingApi.bookingOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event cancellation cancels every booking of the event, in batches of {@code ticketing.booking.cascade.batch-size}
 * (200) bookings per transaction, and puts every seat back.
 */
class EventCancellationCascadeTest extends BookingServiceIntegrationTest {

    static final int STORED_BOOKINGS = 1_200;

    @Test
    void cancellingAnEventWithThousandsOfSeatsCancelsEveryBookingInSeveralTransactions() {
        EventPublished event = CatalogEvents.eventOnSale(2, 2, 400);
        api.putOnSale(event);
        TestUser buyer = TestUser.attendee();
        Booking placed = api.placeConfirmed(buyer, bookingOf(event, 3));
        storeConfirmedBookings(event, STORED_BOOKINGS);
        EventPublished untouched = CatalogEvents.eventOnSale(10);
        api.putOnSale(untouched);
        Booking elsewhere = api.placeConfirmed(buyer, bookingOf(untouched, 1));
        EventCancelled cancellation = CatalogEvents.cancellationOf(event.eventId(), "The venue flooded");

        String ceId = CatalogEvents.publish(cancellation);

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() ->
                countOf("SELECT count(*) FROM booking WHERE event_id = :eventId AND status = 'CONFIRMED'", event) == 0);
        int bookings = STORED_BOOKINGS + 1;
        assertThat(countOf("SELECT count(*) FROM booking WHERE event_id = :eventId AND status = 'CANCELLED'", event))
                .isEqualTo(bookings);
        assertThat(api.currentAvailability(event.eventId()).lines()).hasSize(4)
                .allSatisfy(line -> assertThat(line.available()).isEqualTo(line.capacity()));
        assertThat(countOf("SELECT count(DISTINCT xmin::text) FROM booking WHERE event_id = :eventId", event))
                .as("one transaction per batch of 200, not one for all").isGreaterThanOrEqualTo(bookings / 200);
        assertThat(countOf("""
                SELECT count(DISTINCT aggregate_id) FROM outbox
                 WHERE event_type = 'booking.BookingCancelled.v1' AND payload ->> 'eventId' = CAST(:eventId AS text)
                """, event)).isEqualTo(bookings);
        assertThat(countOf("""
                SELECT count(*) FROM outbox
                 WHERE event_type = 'booking.BookingCancelled.v1' AND payload ->> 'eventId' = CAST(:eventId AS text)
                """, event)).as("one BookingCancelled per booking").isEqualTo(bookings);
        JsonNode announced = new Outbox(jdbc).eventsOf(placed.id(), EventTypes.BOOKING_CANCELLED).getFirst();
        assertThat(announced.get("cause").asString()).isEqualTo("EVENT_CANCELLED");
        assertThat(announced.get("cancelledBy").isNull()).isTrue();
        assertThat(announced.get("reason").asString()).isEqualTo("event cancelled");
        assertThat(api.view(buyer, placed.id()).expectBody(Booking.class).returnResult().getResponseBody().history())
                .last().satisfies(change -> {
                    assertThat(change.status()).isEqualTo("CANCELLED");
                    assertThat(change.actor()).isNull();
                });
        assertThat(api.view(buyer, elsewhere.id()).expectBody(Booking.class).returnResult().getResponseBody().status())
                .isEqualTo("CONFIRMED");

        CatalogEvents.redeliver(cancellation, ceId);
        awaitEverythingConsumedFor(event);
        assertThat(countOf("""
                SELECT count(*) FROM outbox
                 WHERE event_type = 'booking.BookingCancelled.v1' AND payload ->> 'eventId' = CAST(:eventId AS text)
                """, event)).as("a redelivery cancels nothing twice").isEqualTo(bookings);
        assertThat(api.currentAvailability(event.eventId()).lines())
                .allSatisfy(line -> assertThat(line.available()).isEqualTo(line.capacity()));
    }

    /** Bookings of one seat each, spread over the event's lines, stored as PlacingBooking stores them but in bulk. */
    private void storeConfirmedBookings(EventPublished event, int count) {
        jdbc.sql("""
                        INSERT INTO booking (id, user_id, buyer_email, buyer_name, event_id, session_id, ticket_type_id,
                                             quantity, status, created_at)
                        SELECT gen_random_uuid(), gen_random_uuid(), 'buyer-' || n || '@example.org', NULL,
                               line.event_id, line.session_id, line.ticket_type_id, 1, 'CONFIRMED', now()
                          FROM generate_series(1, :count) AS n
                          JOIN (SELECT event_id, session_id, ticket_type_id,
                                       row_number() OVER (ORDER BY session_id, ticket_type_id) - 1 AS index
                                  FROM inventory_line WHERE event_id = :eventId) line
                            ON line.index = n % 4
                        """)
                .param("count", count).param("eventId", event.eventId()).update();
        jdbc.sql("""
                        INSERT INTO booking_seat (seat_id, booking_id, seat_number)
                        SELECT gen_random_uuid(), booking.id, 1 FROM booking
                         WHERE booking.event_id = :eventId
                           AND NOT EXISTS (SELECT 1 FROM booking_seat seat WHERE seat.booking_id = booking.id)
                        """)
                .param("eventId", event.eventId()).update();
        jdbc.sql("""
                        INSERT INTO booking_status_change (booking_id, position, status, at, actor)
                        SELECT booking.id, 1, 'CONFIRMED', booking.created_at, booking.user_id FROM booking
                         WHERE booking.event_id = :eventId
                        ON CONFLICT DO NOTHING
                        """)
                .param("eventId", event.eventId()).update();
        new InventoryRows(jdbc).setAvailable(event.eventId(), """
                line.capacity - (SELECT coalesce(sum(quantity), 0) FROM booking
                                  WHERE booking.session_id = line.session_id
                                    AND booking.ticket_type_id = line.ticket_type_id
                                    AND booking.status = 'CONFIRMED')""");
    }

    private int countOf(String sql, EventPublished event) {
        return jdbc.sql(sql).param("eventId", event.eventId()).query(Integer.class).single();
    }
}
