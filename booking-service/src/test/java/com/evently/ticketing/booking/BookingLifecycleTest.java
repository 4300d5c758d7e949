package com.evently.ticketing.booking;

import com.evently.ticketing.booking.BookingApi.Booking;
import com.evently.ticketing.booking.adapter.in.web.BookingProblem;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static com.evently.ticketing.booking.BookingApi.bookingOf;
import static org.assertj.core.api.Assertions.assertThat;

/** List, edit, cancel and RSVP through the HTTP API, against the real database. */
class BookingLifecycleTest extends BookingServiceIntegrationTest {

    TestUser buyer = TestUser.attendee();
    Outbox outbox;

    @BeforeEach
    void readTheOutbox() {
        outbox = new Outbox(jdbc);
    }

    @Test
    void listsOwnBookingsNewestFirstPageByPage() {
        EventPublished event = onSale(1, 1, 50);
        Booking oldest = api.placeConfirmed(buyer, bookingOf(event, 1));
        Booking middle = api.placeConfirmed(buyer, bookingOf(event, 2));
        Booking newest = api.placeConfirmed(buyer, bookingOf(event, 3));
        api.placeConfirmed(TestUser.attendee(), bookingOf(event, 1));

        BookingApi.Page first = api.listed(buyer, "size=2");
        BookingApi.Page second = api.listed(buyer, "size=2&page=1");

        assertThat(first.items()).extracting(Booking::id).containsExactly(newest.id(), middle.id());
        assertThat(first.page()).isEqualTo(new BookingApi.Page.Metadata(0, 2, 3, 2));
        assertThat(second.items()).extracting(Booking::id).containsExactly(oldest.id());
        assertThat(first.items().getFirst().history()).singleElement().satisfies(change -> {
            assertThat(change.status()).isEqualTo("CONFIRMED");
            assertThat(change.actor()).isEqualTo(buyer.id());
        });
    }

    @Test
    void filtersByStatusEventAndSessionStart() {
        EventPublished soon = onSale(1, 1, 50);
        EventPublished later = onSale(1, 1, 50);
        Booking past = api.placeConfirmed(buyer, bookingOf(soon, 1));
        Booking cancelled = api.placeConfirmed(buyer, bookingOf(later, 1));
        Booking upcoming = api.placeConfirmed(buyer, bookingOf(later, 2));
        api.cancel(buyer, cancelled.id()).expectStatus().isOk();
        startSession(CatalogEvents.firstSession(soon), Instant.now().minus(1, ChronoUnit.HOURS));

        assertThat(api.listed(buyer, "status=cancelled").items()).extracting(Booking::id).containsExactly(cancelled.id());
        assertThat(api.listed(buyer, "status=CONFIRMED&eventId=" + later.eventId()).items())
                .extracting(Booking::id).containsExactly(upcoming.id());
        assertThat(api.listed(buyer, "when=past").items()).extracting(Booking::id).containsExactly(past.id());
        assertThat(api.listed(buyer, "when=upcoming").items()).extracting(Booking::id)
                .containsExactly(upcoming.id(), cancelled.id());
        api.list(buyer, "when=tomorrow").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.INVALID_REQUEST));
        api.list(buyer, "size=0").expectStatus().isBadRequest();
    }

    @Test
    void onlyAnAdminListsSomebodyElsesBookings() {
        EventPublished event = onSale(1, 1, 10);
        Booking booking = api.placeConfirmed(buyer, bookingOf(event, 1));

        assertThat(api.listed(TestUser.admin(), "userId=" + buyer.id()).items()).extracting(Booking::id)
                .containsExactly(booking.id());
        api.list(TestUser.organizer(), "userId=" + buyer.id()).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(api.listed(TestUser.admin(), "").items()).as("an admin's own bookings by default").isEmpty();
    }

    @Test
    void fewerSeatsKeepTheirIdsAndAnotherLineGetsNewOnes() {
        EventPublished event = onSale(1, 2, 10);
        UUID otherType = CatalogEvents.ticketTypeIds(event).get(1);
        Booking booking = api.placeConfirmed(buyer, bookingOf(event, 3));

        Booking fewer = edited(booking.id(), Map.of("quantity", 2));
        Booking moved = edited(booking.id(), Map.of("ticketTypeId", otherType));

        assertThat(fewer.seatIds()).containsExactlyElementsOf(booking.seatIds().subList(0, 2));
        assertThat(fewer.revision()).isEqualTo(1);
        assertThat(moved.ticketTypeId()).isEqualTo(otherType);
        assertThat(moved.seatIds()).hasSize(2).doesNotContainAnyElementsOf(booking.seatIds());
        assertThat(moved.history()).extracting(BookingApi.StatusChange::status)
                .containsExactly("CONFIRMED", "CHANGED", "CHANGED");
        assertThat(api.view(buyer, booking.id()).expectBody(Booking.class).returnResult().getResponseBody())
                .isEqualTo(moved);
        BookingApi.Availability availability = api.currentAvailability(event.eventId());
        assertThat(availability.availableOf(CatalogEvents.firstSession(event), CatalogEvents.firstTicketType(event))).isEqualTo(10);
        assertThat(availability.availableOf(CatalogEvents.firstSession(event), otherType)).isEqualTo(8);

        assertThat(outbox.eventsOf(booking.id(), EventTypes.BOOKING_CHANGED)).satisfiesExactly(
                first -> {
                    assertThat(first.get("revision").asInt()).isEqualTo(1);
                    assertThat(Outbox.uuids(first.get("releasedSeatIds"))).containsExactly(booking.seatIds().get(2));
                    assertThat(Outbox.uuids(first.get("addedSeatIds"))).isEmpty();
                    assertThat(first.get("previous").get("quantity").asInt()).isEqualTo(3);
                    assertThat(first.get("current").get("quantity").asInt()).isEqualTo(2);
                },
                second -> {
                    assertThat(second.get("revision").asInt()).isEqualTo(2);
                    assertThat(Outbox.uuids(second.get("releasedSeatIds"))).containsExactlyElementsOf(fewer.seatIds());
                    assertThat(Outbox.uuids(second.get("addedSeatIds"))).containsExactlyElementsOf(moved.seatIds());
                    assertThat(Outbox.uuids(second.get("seatIds"))).containsExactlyElementsOf(moved.seatIds());
                    assertThat(UUID.fromString(second.get("current").get("ticketTypeId").asString())).isEqualTo(otherType);
                    assertThat(UUID.fromString(second.get("changedBy").asString())).isEqualTo(buyer.id());
                });
    }

    @Test
    void retriedEditReplaysAndAnotherEditUnderTheSameKeyIsRefused() {
        EventPublished event = onSale(1, 1, 10);
        Booking booking = api.placeConfirmed(buyer, bookingOf(event, 3));
        String key = UUID.randomUUID().toString();
        Booking first = api.edit(buyer, booking.id(), key, Map.of("quantity", 1)).expectStatus().isOk()
                .expectBody(Booking.class).returnResult().getResponseBody();

        api.edit(buyer, booking.id(), key, Map.of("quantity", 1)).expectStatus().isOk()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody(Booking.class).isEqualTo(first);
        api.edit(buyer, booking.id(), key, Map.of("quantity", 2)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.IDEMPOTENCY_KEY_REUSED));

        assertThat(outbox.eventsOf(booking.id(), EventTypes.BOOKING_CHANGED)).hasSize(1);
        assertThat(api.currentAvailability(event.eventId()).lines().getFirst().available()).isEqualTo(9);
    }

    @Test
    void badEditsAnswerProblemsAndChangeNothing() {
        EventPublished event = onSale(1, 1, 20);
        Booking booking = api.placeConfirmed(buyer, bookingOf(event, 2));

        api.edit(buyer, booking.id(), Map.of("quantity", 0)).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.VALIDATION_FAILED))
                .jsonPath("$.errors[0].field").isEqualTo("quantity");
        api.edit(buyer, booking.id(), Map.of("quantity", 11)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("quantity");
        api.edit(buyer, booking.id(), Map.of()).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.INVALID_REQUEST));
        api.edit(buyer, booking.id(), Map.of("sessionId", UUID.randomUUID())).expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.INVENTORY_LINE_NOT_FOUND));
        api.edit(TestUser.attendee(), booking.id(), Map.of("quantity", 1)).expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.BOOKING_NOT_FOUND));
        api.edit(buyer, booking.id(), Map.of("quantity", 30)).expectStatus().isBadRequest();
        http.patch().uri("/api/v1/bookings/{id}", booking.id()).header("Authorization", buyer.bearer())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("quantity", 1)).exchange()
                .expectStatus().isBadRequest();

        assertUnchanged(booking, event, 18);
        assertThat(idempotencyKeysOf(buyer)).as("only the placing request's key").isEqualTo(1);
    }

    @Test
    void changesOfACancelledBookingAreConflicts() {
        EventPublished event = onSale(1, 1, 20);
        Booking booking = api.placeConfirmed(buyer, bookingOf(event, 2));
        Booking cancelled = api.cancel(buyer, booking.id()).expectStatus().isOk()
                .expectBody(Booking.class).returnResult().getResponseBody();

        api.edit(buyer, booking.id(), Map.of("quantity", 1)).expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.BOOKING_CANCELLED));
        api.cancel(buyer, booking.id()).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.BOOKING_CANCELLED));

        assertThat(api.view(buyer, booking.id()).expectBody(Booking.class).returnResult().getResponseBody())
                .isEqualTo(cancelled);
        assertThat(api.currentAvailability(event.eventId()).lines().getFirst().available()).isEqualTo(20);
        assertThat(outbox.eventsOf(booking.id(), EventTypes.BOOKING_CANCELLED)).hasSize(1);
    }

    @Test
    void editsAreRefusedOnceTheSessionStarted() {
        EventPublished event = onSale(1, 1, 20);
        Booking booking = api.placeConfirmed(buyer, bookingOf(event, 2));
        startSession(CatalogEvents.firstSession(event), Instant.now().minusSeconds(60));

        api.edit(buyer, booking.id(), Map.of("quantity", 1)).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.SESSION_STARTED));
        api.cancel(buyer, booking.id()).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.CANCELLATION_CLOSED));

        assertUnchanged(booking, event, 18);
    }

    @Test
    void ownerCancelsWithAReasonAndAnAdminForSomebodyElse() {
        EventPublished event = onSale(1, 1, 20);
        Booking own = api.placeConfirmed(buyer, bookingOf(event, 2));
        Booking other = api.placeConfirmed(TestUser.attendee(), bookingOf(event, 3));
        TestUser admin = TestUser.admin();

        api.cancel(TestUser.attendee(), own.id()).expectStatus().isNotFound();
        Booking cancelled = api.cancel(buyer, own.id(), Map.of("reason", "Cannot make it")).expectStatus().isOk()
                .expectBody(Booking.class).returnResult().getResponseBody();
        api.cancel(admin, other.id()).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("CANCELLED");

        assertThat(cancelled.status()).isEqualTo("CANCELLED");
        assertThat(cancelled.history().getLast()).satisfies(change -> {
            assertThat(change.status()).isEqualTo("CANCELLED");
            assertThat(change.actor()).isEqualTo(buyer.id());
            assertThat(change.reason()).isEqualTo("Cannot make it");
        });
        assertThat(api.currentAvailability(event.eventId()).lines().getFirst().available()).isEqualTo(20);
        JsonNode byBuyer = outbox.eventsOf(own.id(), EventTypes.BOOKING_CANCELLED).getFirst();
        assertThat(byBuyer.get("cause").asString()).isEqualTo("BUYER");
        assertThat(Outbox.uuids(byBuyer.get("seatIds"))).containsExactlyElementsOf(own.seatIds());
        assertThat(byBuyer.get("reason").asString()).isEqualTo("Cannot make it");
        JsonNode byAdmin = outbox.eventsOf(other.id(), EventTypes.BOOKING_CANCELLED).getFirst();
        assertThat(byAdmin.get("cause").asString()).isEqualTo("ADMIN");
        assertThat(UUID.fromString(byAdmin.get("cancelledBy").asString())).isEqualTo(admin.id());
    }

    @Test
    void cancellationClosesAtTheEventsCutOff() {
        EventPublished event = onSale(1, 1, 20);
        Booking booking = api.placeConfirmed(buyer, bookingOf(event, 2));
        // the organizer closes cancellation 31 days before the session, which starts in 30
        inbox.awaitProcessed(CatalogEvents.publish(CatalogEvents.bookingTermsOf(event, 2, Duration.ofDays(31), null)));

        api.cancel(buyer, booking.id()).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.CANCELLATION_CLOSED))
                .jsonPath("$.closedAt").exists();

        assertUnchanged(booking, event, 18);
    }

    @Test
    void aCutOffPublishedWithTheEventHoldsUntilARevisionLeavesItOut() {
        EventPublished event = CatalogEvents.withBookingTerms(CatalogEvents.eventOnSale(1, 1, 20), Duration.ofDays(31),
                null);
        api.putOnSale(event);
        Booking booking = api.placeConfirmed(buyer, bookingOf(event, 2));

        api.cancel(buyer, booking.id()).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.CANCELLATION_CLOSED));
        inbox.awaitProcessed(CatalogEvents.publish(CatalogEvents.bookingTermsOf(event, 2, null, null)));

        api.cancel(buyer, booking.id()).expectStatus().isOk();
        assertThat(api.currentAvailability(event.eventId()).lines().getFirst().available()).isEqualTo(20);
    }

    @Test
    void tooLongAReasonIsRefused() {
        EventPublished event = onSale(1, 1, 20);
        Booking booking = api.placeConfirmed(buyer, bookingOf(event, 2));

        api.cancel(buyer, booking.id(), Map.of("reason", "x".repeat(501))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");

        assertUnchanged(booking, event, 18);
    }

    @Test
    void perUserSeatLimitOfTheCatalogHoldsAcrossBookings() {
        EventPublished event = CatalogEvents.eventOnSale(50, "25.00", 3);
        api.putOnSale(event);
        Booking booking = api.placeConfirmed(buyer, bookingOf(event, 2));

        api.place(buyer, UUID.randomUUID().toString(), bookingOf(event, 2)).expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.SEAT_LIMIT_REACHED))
                .jsonPath("$.maxSeatsPerUser").isEqualTo(3)
                .jsonPath("$.held").isEqualTo(2);
        api.edit(buyer, booking.id(), Map.of("quantity", 4)).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.SEAT_LIMIT_REACHED));
        api.placeConfirmed(buyer, bookingOf(event, 1));

        assertThat(bookingsOf(buyer)).isEqualTo(2);
        assertThat(api.currentAvailability(event.eventId()).lines().getFirst().available()).isEqualTo(47);
    }

    @Test
    void defaultPerUserLimitIsTenSeatsOfALine() {
        EventPublished event = onSale(1, 1, 50);
        api.placeConfirmed(buyer, bookingOf(event, 6));

        api.place(buyer, UUID.randomUUID().toString(), bookingOf(event, 5)).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.SEAT_LIMIT_REACHED));
        api.placeConfirmed(buyer, bookingOf(event, 4));
    }

    @Test
    void freeBookingsTakeAnRsvpAndNotGoingGivesTheSeatsBack() {
        EventPublished event = CatalogEvents.eventOnSale(10, "0.00", null);
        api.putOnSale(event);
        Booking booking = api.placeConfirmed(buyer, bookingOf(event, 2));

        api.rsvp(buyer, booking.id(), "GOING").expectStatus().isOk().expectBody().jsonPath("$.rsvp").isEqualTo("GOING");
        api.rsvp(buyer, booking.id(), "YES").expectStatus().isBadRequest();
        api.rsvp(buyer, booking.id(), "NOT_GOING").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("CANCELLED").jsonPath("$.rsvp").isEqualTo("NOT_GOING");
        api.rsvp(buyer, booking.id(), "GOING").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.BOOKING_CANCELLED));

        assertThat(api.currentAvailability(event.eventId()).lines().getFirst().available()).isEqualTo(10);
        assertThat(outbox.eventsOf(booking.id(), EventTypes.BOOKING_CANCELLED)).singleElement()
                .satisfies(cancelled -> assertThat(cancelled.get("cause").asString()).isEqualTo("RSVP_DECLINED"));
    }

    @Test
    void paidBookingsTakeNoRsvp() {
        EventPublished event = onSale(1, 1, 10);
        Booking booking = api.placeConfirmed(buyer, bookingOf(event, 2));

        api.rsvp(buyer, booking.id(), "NOT_GOING").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.RSVP_NOT_OFFERED));

        assertUnchanged(booking, event, 8);
    }

    private EventPublished onSale(int sessions, int ticketTypes, int capacity) {
        EventPublished event = CatalogEvents.eventOnSale(sessions, ticketTypes, capacity);
        api.putOnSale(event);
        return event;
    }

    private Booking edited(UUID bookingId, Object body) {
        return api.edit(buyer, bookingId, body).expectStatus().isOk().expectBody(Booking.class).returnResult().getResponseBody();
    }

    /** Moves a session's start, as if time had passed: the catalog never changes it once published. */
    private void startSession(UUID sessionId, Instant startsAt) {
        jdbc.sql("UPDATE event_session SET starts_at = :startsAt WHERE session_id = :id")
                .param("startsAt", OffsetDateTime.ofInstant(startsAt, ZoneOffset.UTC))
                .param("id", sessionId).update();
    }

    private void assertUnchanged(Booking booking, EventPublished event, int available) {
        Booking now = api.view(buyer, booking.id()).expectStatus().isOk().expectBody(Booking.class).returnResult().getResponseBody();
        assertThat(now).isEqualTo(booking);
        assertThat(api.currentAvailability(event.eventId()).lines().getFirst().available()).isEqualTo(available);
        assertThat(outbox.eventsOf(booking.id(), EventTypes.BOOKING_CHANGED)).isEmpty();
        assertThat(outbox.eventsOf(booking.id(), EventTypes.BOOKING_CANCELLED)).isEmpty();
    }
}
