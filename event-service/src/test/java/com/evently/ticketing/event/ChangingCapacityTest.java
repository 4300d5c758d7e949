package com.evently.ticketing.event;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.event.adapter.in.web.EventProblem;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.evently.ticketing.event.EventRequests.firstOf;
import static com.evently.ticketing.event.EventRequests.javaDay;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changing a published ticket type's capacity: booking-service (a fake over real HTTP) is asked first and may refuse;
 * the catalog's own state lives in the real database.
 */
class ChangingCapacityTest extends EventServiceIntegrationTest {

    private final FakeBookingService booking = FakeBookingService.instance();

    @Test
    void capacityBelowSoldIsRefusedAndChangesNothing() {
        TestUser organizer = TestUser.organizer();
        UUID eventId = catalog.createPublished(organizer, javaDay("Sold well"));
        UUID standard = standardOf(organizer, eventId);
        booking.sold(standard, 30);
        String etag = catalog.etagOf(organizer, eventId);
        long outboxBefore = outbox.count(eventId);

        catalog.changeCapacity(organizer, eventId, standard, etag, 20)
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(typeOf(EventProblem.CAPACITY_BELOW_SOLD))
                .jsonPath("$.soldSeats").isEqualTo(30);

        assertThat(catalog.etagOf(organizer, eventId)).isEqualTo(etag);
        assertThat(firstOf(catalog.read(organizer, eventId), "ticketTypes").get("capacity")).isEqualTo(100);
        assertThat(capacityInDatabase(standard)).isEqualTo(100);
        assertThat(outbox.count(eventId)).isEqualTo(outboxBefore);
        assertThat(booking.capacityOf(standard)).as("booking accepted nothing").isNull();
    }

    @Test
    void raisedCapacityIsAskedOfBookingThenStoredAndAnnounced() {
        TestUser organizer = TestUser.organizer();
        UUID eventId = catalog.createPublished(organizer, javaDay("Bigger hall"));
        UUID standard = standardOf(organizer, eventId);
        booking.sold(standard, 90);
        String etag = catalog.etagOf(organizer, eventId);

        String newEtag = catalog.changeCapacity(organizer, eventId, standard, etag, 150)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.ticketTypes[0].capacity").isEqualTo(150)
                .jsonPath("$.ticketTypes[1].capacity").isEqualTo(10)
                .returnResult().getResponseHeaders().getETag();

        assertThat(newEtag).isNotEqualTo(etag);
        assertThat(capacityInDatabase(standard)).isEqualTo(150);
        assertThat(booking.capacityOf(standard)).isEqualTo(150);
        List<String> announced = outbox.payloads(eventId, EventTypes.CAPACITY_CHANGED);
        assertThat(announced).singleElement().satisfies(payload -> {
            Map<?, ?> changed = json.readValue(payload, Map.class);
            assertThat(changed.get("ticketTypeId")).isEqualTo(standard.toString());
            assertThat(changed.get("capacity")).isEqualTo(150);
            assertThat(changed.get("changeId")).isEqualTo(booking.callsFor(standard).getLast().changeId().toString());
        });

        // Lowering to exactly what is sold is allowed.
        catalog.changeCapacity(organizer, eventId, standard, newEtag, 90).expectStatus().isOk();
        assertThat(capacityInDatabase(standard)).isEqualTo(90);
    }

    @Test
    void staleIfMatchAnswers412WithoutAskingBooking() {
        TestUser organizer = TestUser.organizer();
        UUID eventId = catalog.createPublished(organizer, javaDay("Stale"));
        UUID standard = standardOf(organizer, eventId);

        catalog.changeCapacity(organizer, eventId, standard, "\"1\"", 150)
                .expectStatus().isEqualTo(412)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(EventProblem.STALE_VERSION));
        catalog.changeCapacity(organizer, eventId, standard, null, 150)
                .expectStatus().isEqualTo(428);

        assertThat(booking.callsFor(standard)).isEmpty();
        assertThat(capacityInDatabase(standard)).isEqualTo(100);
    }

    @Test
    void bookingServiceFailingAnswers503AndChangesNothing() {
        TestUser organizer = TestUser.organizer();
        UUID eventId = catalog.createPublished(organizer, javaDay("Booking down"));
        UUID standard = standardOf(organizer, eventId);
        booking.failNext(standard, 10);
        String etag = catalog.etagOf(organizer, eventId);

        catalog.changeCapacity(organizer, eventId, standard, etag, 150)
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(EventProblem.BOOKING_UNAVAILABLE));

        assertThat(booking.callsFor(standard)).as("retried a few times, then gave up").hasSize(3);
        assertThat(catalog.etagOf(organizer, eventId)).isEqualTo(etag);
        assertThat(capacityInDatabase(standard)).isEqualTo(100);
        assertThat(outbox.payloads(eventId, EventTypes.CAPACITY_CHANGED)).isEmpty();
        booking.failNext(standard, 0);
    }

    @Test
    void onlyPublishedEventsOwnedByTheCallerAndTheirOwnTicketTypes() {
        TestUser organizer = TestUser.organizer();
        UUID draft = catalog.createDraft(organizer, javaDay("Still a draft"));
        UUID draftType = standardOf(organizer, draft);
        catalog.changeCapacity(organizer, draft, draftType, "\"1\"", 150)
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(EventProblem.INVALID_STATE));

        UUID eventId = catalog.createPublished(organizer, javaDay("Someone else's"));
        UUID standard = standardOf(organizer, eventId);
        String etag = catalog.etagOf(organizer, eventId);
        catalog.changeCapacity(TestUser.organizer(), eventId, standard, etag, 150).expectStatus().isForbidden();
        catalog.changeCapacity(organizer, eventId, UUID.randomUUID(), etag, 150)
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(EventProblem.TICKET_TYPE_NOT_FOUND));
        catalog.changeCapacity(organizer, eventId, standard, etag, 0).expectStatus().isBadRequest();

        assertThat(booking.callsFor(standard)).isEmpty();
        assertThat(booking.callsFor(draftType)).isEmpty();
    }

    private UUID standardOf(TestUser organizer, UUID eventId) {
        return UUID.fromString((String) firstOf(catalog.read(organizer, eventId), "ticketTypes").get("id"));
    }

    private int capacityInDatabase(UUID ticketTypeId) {
        return jdbc.sql("SELECT capacity FROM ticket_types WHERE id = :id").param("id", ticketTypeId)
                .query(Integer.class).single();
    }
}
