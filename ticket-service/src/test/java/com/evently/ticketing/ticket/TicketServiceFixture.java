package com.evently.ticketing.ticket;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.contracts.identity.UserRegistered;
import com.evently.ticketing.testsupport.TestEventBus;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * What every full-stack test of this service starts from: the service over HTTP, a buyer, and a way to have a
 * booking confirmed and ticketed through Kafka as booking-service would. Subclasses carry
 * {@code @ServiceIntegrationTest}.
 */
abstract class TicketServiceFixture {

    @Autowired
    RestTestClient http;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    TicketsClient tickets;
    ConfirmedBookings bookings;
    BookingNotices notices;
    TestUser buyer = TestUser.attendee();

    @BeforeEach
    void setUpClients() {
        tickets = new TicketsClient(http);
        bookings = new ConfirmedBookings(json);
        notices = new BookingNotices(json);
    }

    /** Publishes a fresh BookingConfirmed of the buyer's and waits until its tickets are issued. */
    Issued issue(int seats) {
        BookingConfirmed confirmed = ConfirmedBookings.of(buyer, seats);
        bookings.publish(confirmed);
        return new Issued(confirmed, tickets.awaitTickets(confirmed.bookingId(), buyer, seats));
    }

    /** As {@link #issue}, for a session of eight hours from {@code startsAt}. */
    Issued issueStartingAt(int seats, Instant startsAt) {
        BookingConfirmed confirmed = ConfirmedBookings.startingAt(buyer, seats, startsAt);
        bookings.publish(confirmed);
        return new Issued(confirmed, tickets.awaitTickets(confirmed.bookingId(), buyer, seats));
    }

    /** Announces {@code user}'s account as identity does on registration, and waits until it is known here. */
    void registered(TestUser user) {
        awaitConsumed(TestEventBus.publish(EventTypes.USER_REGISTERED, user.id().toString(), json.writeValueAsString(
                new UserRegistered(user.id(), user.email(), user.name(), user.roles(), Instant.now()))));
    }

    /**
     * Waits until the consumer has handled the event with this {@code ce_id}. Events about one booking share a
     * partition, so every event published before it about the same booking was handled too.
     */
    void awaitConsumed(String eventId) {
        await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(200)).until(() -> jdbc
                .sql("SELECT count(*) FROM inbox WHERE event_id = :eventId")
                .param("eventId", UUID.fromString(eventId))
                .query(Integer.class)
                .single() == 1);
    }

    record Issued(BookingConfirmed confirmed, List<TicketView> tickets) {
    }
}
