package com.evently.ticketing.booking;

import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.contracts.catalog.SessionAdded;
import com.evently.ticketing.booking.adapter.in.web.BookingProblem;
import com.evently.ticketing.contracts.catalog.TicketTypeAdded;
import com.evently.ticketing.contracts.catalog.TicketTypeRetired;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static com.evently.ticketing.booking.BookingApi.bookingOf;
import static org.assertj.core.api.Assertions.assertThat;

/** Sessions and ticket types added to a published event become bookable lines, through the real broker and DB. */
class SeriesExtensionTest extends BookingServiceIntegrationTest {

    @Test
    void addedSessionOpensALinePerTicketTypeAndKeepsWhatWasSold() {
        EventPublished event = CatalogEvents.eventOnSale(1, 2, 5);
        api.putOnSale(event);
        api.placeConfirmed(TestUser.attendee(), bookingOf(event, 2));
        SessionAdded added = CatalogEvents.sessionAddedTo(event);

        inbox.awaitProcessed(CatalogEvents.publish(added));
        CatalogEvents.publish(added);
        awaitEverythingConsumedFor(event);

        BookingApi.Availability availability = api.currentAvailability(event.eventId());
        assertThat(availability.lines()).hasSize(4);
        UUID encore = added.session().sessionId();
        assertThat(availability.availableOf(encore, CatalogEvents.firstTicketType(event))).isEqualTo(5);
        assertThat(availability.availableOf(CatalogEvents.firstSession(event), CatalogEvents.firstTicketType(event)))
                .as("seats sold before stay sold").isEqualTo(3);
        api.placeConfirmed(TestUser.attendee(), Map.of("eventId", event.eventId(), "sessionId", encore,
                "ticketTypeId", CatalogEvents.firstTicketType(event), "quantity", 5));
    }

    @Test
    void addedTicketTypeOpensALinePerSession() {
        EventPublished event = CatalogEvents.eventOnSale(2, 1, 5);
        api.putOnSale(event);
        TicketTypeAdded added = CatalogEvents.ticketTypeAddedTo(event, 3);

        inbox.awaitProcessed(CatalogEvents.publish(added));

        BookingApi.Availability availability = api.currentAvailability(event.eventId());
        assertThat(availability.lines()).hasSize(4);
        UUID balcony = added.ticketType().ticketTypeId();
        for (UUID session : CatalogEvents.sessionIds(event)) {
            assertThat(availability.availableOf(session, balcony)).isEqualTo(3);
        }
        api.placeConfirmed(TestUser.attendee(), Map.of("eventId", event.eventId(),
                "sessionId", CatalogEvents.sessionIds(event).getLast(), "ticketTypeId", balcony, "quantity", 3));
        api.place(TestUser.attendee(), UUID.randomUUID().toString(), Map.of("eventId", event.eventId(),
                        "sessionId", CatalogEvents.sessionIds(event).getLast(), "ticketTypeId", balcony, "quantity", 1))
                .expectStatus().isEqualTo(409);
    }

    @Test
    void retiredTicketTypeIsNoLongerSoldWhileItsBookingsStay() {
        EventPublished event = CatalogEvents.eventOnSale(1, 2, 5);
        api.putOnSale(event);
        TestUser buyer = TestUser.attendee();
        BookingApi.Booking booking = api.placeConfirmed(buyer, bookingOf(event, 3));
        UUID retired = CatalogEvents.firstTicketType(event);

        inbox.awaitProcessed(CatalogEvents.publish(
                new TicketTypeRetired(event.eventId(), event.organizerId(), retired, Instant.now())));

        api.place(TestUser.attendee(), UUID.randomUUID().toString(), bookingOf(event, 1))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.TICKET_TYPE_RETIRED));
        api.edit(buyer, booking.id(), Map.of("quantity", 4))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.TICKET_TYPE_RETIRED));
        new WaitlistApi(http).join(TestUser.attendee(), event, WaitlistApi.waitFor(event, 5))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.TICKET_TYPE_RETIRED));

        api.view(buyer, booking.id()).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("CONFIRMED");
        api.edit(buyer, booking.id(), Map.of("quantity", 2)).expectStatus().isOk();
        api.placeConfirmed(TestUser.attendee(), Map.of("eventId", event.eventId(),
                "sessionId", CatalogEvents.firstSession(event), "ticketTypeId", CatalogEvents.ticketTypeIds(event).getLast(),
                "quantity", 1));
    }

    @Test
    void additionsForAnEventBookingNeverReceivedAreSkipped() {
        EventPublished unknown = CatalogEvents.eventOnSale(1);

        inbox.awaitProcessed(CatalogEvents.publish(CatalogEvents.sessionAddedTo(unknown)));

        assertThat(jdbc.sql("SELECT count(*) FROM inventory_line WHERE event_id = :id")
                .param("id", unknown.eventId()).query(Integer.class).single()).isZero();
    }
}
