package com.evently.ticketing.booking;

import com.evently.ticketing.booking.BookingApi.Availability;
import com.evently.ticketing.booking.adapter.in.web.BookingProblem;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.evently.ticketing.booking.BookingApi.bookingOf;
import static org.assertj.core.api.Assertions.assertThat;

class InventoryFromCatalogTest extends BookingServiceIntegrationTest {

    @Test
    void publishedEventOpensOneLinePerSessionAndTicketType() {
        EventPublished event = CatalogEvents.eventOnSale(2, 3, 40);

        CatalogEvents.publish(event);
        Availability availability = api.awaitAvailability(event.eventId());

        assertThat(availability.eventId()).isEqualTo(event.eventId());
        assertThat(availability.lines()).hasSize(6);
        assertThat(availability.lines()).allSatisfy(line -> {
            assertThat(line.capacity()).isEqualTo(40);
            assertThat(line.available()).isEqualTo(40);
        });
        // catalog order: sessions first, ticket types within each session
        assertThat(availability.lines()).extracting(Availability.Line::sessionId)
                .containsExactly(CatalogEvents.sessionIds(event).get(0), CatalogEvents.sessionIds(event).get(0),
                        CatalogEvents.sessionIds(event).get(0), CatalogEvents.sessionIds(event).get(1),
                        CatalogEvents.sessionIds(event).get(1), CatalogEvents.sessionIds(event).get(1));
        assertThat(availability.lines().subList(0, 3)).extracting(Availability.Line::ticketTypeId)
                .containsExactlyElementsOf(CatalogEvents.ticketTypeIds(event));
    }

    @Test
    void availabilityIsPublic() {
        EventPublished event = CatalogEvents.eventOnSale(5);
        api.putOnSale(event);

        http.get().uri("/api/v1/events/{id}/availability", event.eventId()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.lines[0].available").isEqualTo(5);
    }

    @Test
    void availabilityOfAnUnknownEventIsNotFound() {
        api.availability(UUID.randomUUID())
                .expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.EVENT_NOT_FOUND));
    }

    @Test
    void redeliveredEventPublishedChangesNothing() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        String ceId = CatalogEvents.publish(event);
        api.awaitAvailability(event.eventId());
        api.placeConfirmed(TestUser.attendee(), bookingOf(event, 3));

        CatalogEvents.redeliver(event, ceId);
        awaitEverythingConsumedFor(event);

        assertThat(api.currentAvailability(event.eventId()).lines())
                .singleElement().satisfies(line -> {
                    assertThat(line.capacity()).isEqualTo(10);
                    assertThat(line.available()).isEqualTo(7);
                });
        assertThat(inbox.rowsFor(ceId)).isEqualTo(1);
    }

    @Test
    void republishedEventKeepsTheSeatsAlreadySold() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        CatalogEvents.publish(event);
        api.awaitAvailability(event.eventId());
        api.placeConfirmed(TestUser.attendee(), bookingOf(event, 4));

        String republishedCeId = CatalogEvents.publish(event);
        awaitEverythingConsumedFor(event);

        assertThat(inbox.rowsFor(republishedCeId)).as("the re-publication was processed, not skipped").isEqualTo(1);
        assertThat(api.currentAvailability(event.eventId()).lines())
                .singleElement().satisfies(line -> {
                    assertThat(line.capacity()).isEqualTo(10);
                    assertThat(line.available()).isEqualTo(6);
                });
        assertThat(linesStoredFor(event)).isEqualTo(1);
    }

    private int linesStoredFor(EventPublished event) {
        return jdbc.sql("SELECT count(*) FROM inventory_line WHERE event_id = :id")
                .param("id", event.eventId()).query(Integer.class).single();
    }
}
