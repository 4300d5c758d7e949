package com.evently.ticketing.booking;

import com.evently.ticketing.booking.adapter.in.web.BookingProblem;
import com.evently.ticketing.contracts.catalog.EventCompleted;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static com.evently.ticketing.booking.BookingApi.bookingOf;
import static org.assertj.core.api.Assertions.assertThat;

/** catalog.EventCompleted closes sales through the real broker and database, and leaves the bookings alone. */
class EventCompletionTest extends BookingServiceIntegrationTest {

    @Test
    void completedEventSellsNothingMoreAndKeepsItsBookings() {
        EventPublished event = CatalogEvents.eventOnSale(2);
        api.putOnSale(event);
        TestUser buyer = TestUser.attendee();
        BookingApi.Booking booking = api.placeConfirmed(buyer, bookingOf(event, 1));
        EventCompleted completion = CatalogEvents.completionOf(event);

        String ceId = CatalogEvents.publish(completion);
        inbox.awaitProcessed(ceId);
        CatalogEvents.redeliver(completion, ceId);
        awaitEverythingConsumedFor(event);

        assertThat(api.currentAvailability(event.eventId()).status()).isEqualTo("COMPLETED");
        api.place(TestUser.attendee(), UUID.randomUUID().toString(), bookingOf(event, 1))
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo(typeOf(BookingProblem.EVENT_COMPLETED))
                .jsonPath("$.completedAt").exists();
        api.edit(buyer, booking.id(), Map.of("quantity", 2))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.EVENT_COMPLETED));
        new WaitlistApi(http).join(TestUser.attendee(), event, WaitlistApi.waitFor(event, 1))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.EVENT_COMPLETED));

        api.view(buyer, booking.id()).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("CONFIRMED");
        assertThat(bookingsOf(event)).isEqualTo(1);
        assertThat(api.currentAvailability(event.eventId()).availableOf(
                CatalogEvents.firstSession(event), CatalogEvents.firstTicketType(event))).isEqualTo(1);
    }
}
