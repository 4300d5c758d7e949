package com.evently.ticketing.booking;

import com.evently.ticketing.booking.application.ReleasedSeats;
import com.evently.ticketing.booking.application.port.out.Inventory;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.platform.domain.Transactions;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the waiting-list tests share on top of the service fixture: the waitlist API, seat releases, the invariant. */
abstract class WaitlistIntegrationTest extends BookingServiceIntegrationTest {

    @Autowired
    Transactions transactions;
    @Autowired
    Inventory inventory;
    @Autowired
    ReleasedSeats releasedSeats;

    WaitlistApi waitlist;
    SeatRelease seatRelease;

    @BeforeEach
    void connectToTheWaitlist() {
        waitlist = new WaitlistApi(http);
        seatRelease = new SeatRelease(transactions, inventory, jdbc);
    }

    /** Seats come free on the event's first line through the service's own {@link ReleasedSeats}. */
    void releaseSeats(EventPublished event, int seats) {
        seatRelease.raiseCapacity(event, seats, releasedSeats);
    }

    /** available = capacity - seats of confirmed bookings - seats of open offers, on the event's first line. */
    void assertInvariantHolds(EventPublished event) {
        InventoryLineKey line = SeatRelease.firstLineOf(event);
        Seats seats = jdbc.sql("""
                        SELECT line.capacity, line.available,
                               (SELECT coalesce(sum(quantity), 0) FROM booking
                                 WHERE session_id = line.session_id AND ticket_type_id = line.ticket_type_id
                                   AND status = 'CONFIRMED') AS confirmed,
                               (SELECT coalesce(sum(quantity), 0) FROM waitlist_offer
                                 WHERE session_id = line.session_id AND ticket_type_id = line.ticket_type_id
                                   AND status = 'OPEN') AS offered
                          FROM inventory_line_seats line
                         WHERE line.session_id = :sessionId AND line.ticket_type_id = :ticketTypeId
                        """)
                .param("sessionId", line.sessionId())
                .param("ticketTypeId", line.ticketTypeId())
                .query(Seats.class).single();
        assertThat(seats.available())
                .as("available = capacity - confirmed - open offers, in %s", seats)
                .isEqualTo(seats.capacity() - seats.confirmed() - seats.offered())
                .isNotNegative();
    }

    int availableOf(EventPublished event) {
        return api.currentAvailability(event.eventId()).lines().getFirst().available();
    }

    /** Every offer ever made on the event's lines, as user id and status, in the order they were made. */
    List<OfferRow> offersOf(EventPublished event) {
        return jdbc.sql("SELECT id, user_id, quantity, status FROM waitlist_offer WHERE event_id = :eventId ORDER BY created_at, id")
                .param("eventId", event.eventId())
                .query(OfferRow.class).list();
    }

    record OfferRow(UUID id, UUID userId, int quantity, String status) {
    }

    record Seats(int capacity, int available, int confirmed, int offered) {
    }

    /** Moves the offer's deadline into the past, as if its lifetime had run out. */
    void lapse(UUID offerId) {
        jdbc.sql("UPDATE waitlist_offer SET expires_at = now() - interval '1 second' WHERE id = :id")
                .param("id", offerId).update();
    }

    int waitlistEntriesOf(EventPublished event) {
        return jdbc.sql("SELECT count(*) FROM waitlist_entry WHERE event_id = :eventId")
                .param("eventId", event.eventId()).query(Integer.class).single();
    }

    int outboxRows(String eventType, String aggregateId) {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE event_type = :type AND aggregate_id = :id")
                .param("type", eventType).param("id", aggregateId).query(Integer.class).single();
    }

    int offersMadeInOutboxFor(EventPublished event) {
        return jdbc.sql("""
                        SELECT count(*) FROM outbox
                         WHERE event_type = :type AND payload ->> 'eventId' = CAST(:eventId AS text)
                        """)
                .param("type", EventTypes.WAITLIST_OFFER_MADE).param("eventId", event.eventId())
                .query(Integer.class).single();
    }
}
