package com.evently.ticketing.ticket;

import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

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

    TicketsClient tickets;
    ConfirmedBookings bookings;
    TestUser buyer = TestUser.attendee();

    @BeforeEach
    void setUpClients() {
        tickets = new TicketsClient(http);
        bookings = new ConfirmedBookings(json);
    }

    /** Publishes a fresh BookingConfirmed of the buyer's and waits until its tickets are issued. */
    Issued issue(int seats) {
        BookingConfirmed confirmed = ConfirmedBookings.of(buyer, seats);
        bookings.publish(confirmed);
        return new Issued(confirmed, tickets.awaitTickets(confirmed.bookingId(), buyer, seats));
    }

    record Issued(BookingConfirmed confirmed, List<TicketView> tickets) {
    }
}
