package com.evently.ticketing.booking;

import com.evently.ticketing.booking.BookingApi.Booking;
import com.evently.ticketing.booking.adapter.in.web.BookingProblem;
import com.evently.ticketing.booking.application.ExpiringWaitlistOffers;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.testsupport.ContractAssertions;
import com.evently.ticketing.testsupport.TestEventBus;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.evently.ticketing.booking.BookingApi.bookingOf;
import static com.evently.ticketing.booking.WaitlistApi.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The waiting list end to end over HTTP, against the real database; seats are released through ReleasedSeats. */
class WaitlistTest extends WaitlistIntegrationTest {

    @Autowired
    ExpiringWaitlistOffers expiringOffers;

    TestUser buyer = TestUser.attendee();
    TestUser first = TestUser.attendee();
    TestUser second = TestUser.attendee();

    /** A line of {@code capacity} seats, all of them sold to {@link #buyer}. */
    EventPublished soldOutEvent(int capacity) {
        EventPublished event = CatalogEvents.eventOnSale(capacity);
        api.putOnSale(event);
        api.placeConfirmed(buyer, bookingOf(event, capacity));
        return event;
    }

    @Test
    void joiningIsRefusedWhileTheSeatsCanStillBeBooked() {
        EventPublished event = CatalogEvents.eventOnSale(3);
        api.putOnSale(event);
        api.placeConfirmed(buyer, bookingOf(event, 2));

        waitlist.join(first, event, waitFor(event, 1))
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(typeOf(BookingProblem.SEATS_STILL_ON_SALE))
                .jsonPath("$.available").isEqualTo(1);
        assertThat(waitlistEntriesOf(event)).isZero();

        assertThat(waitlist.joined(first, event, 2).position())
                .as("two seats are more than the one left: sold out for this request").isEqualTo(1);
    }

    @Test
    void usersJoinASoldOutLineInOrderAndSeeTheirPosition() {
        EventPublished event = soldOutEvent(2);

        WaitlistApi.Entry firstEntry = waitlist.joined(first, event, 1);
        WaitlistApi.Entry secondEntry = waitlist.joined(second, event, 2);

        assertThat(firstEntry.position()).isEqualTo(1);
        assertThat(secondEntry.position()).isEqualTo(2);
        assertThat(secondEntry.quantity()).isEqualTo(2);
        assertThat(waitlist.standingOf(second, event).entries()).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo(secondEntry.id());
            assertThat(entry.position()).isEqualTo(2);
        });
        assertThat(waitlist.standingOf(buyer, event).entries()).as("only one's own entries").isEmpty();
    }

    @Test
    void aUserWaitsOnALineOnce() {
        EventPublished event = soldOutEvent(2);
        waitlist.joined(first, event, 1);

        waitlist.join(first, event, waitFor(event, 2))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.ALREADY_WAITING));
        assertThat(waitlistEntriesOf(event)).isEqualTo(1);
    }

    @Test
    void badJoinRequestsGetAProblemAndStoreNothing() {
        EventPublished event = soldOutEvent(2);

        waitlist.join(first, event, waitFor(event, 0))
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.VALIDATION_FAILED))
                .jsonPath("$.errors[0].field").isEqualTo("quantity");
        waitlist.join(first, event, waitFor(event, 11))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.VALIDATION_FAILED))
                .jsonPath("$.errors[0].field").isEqualTo("quantity");
        waitlist.join(first, event, Map.of("ticketTypeId", CatalogEvents.firstTicketType(event), "quantity", 1))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.VALIDATION_FAILED));
        waitlist.join(first, event, Map.of("sessionId", UUID.randomUUID(),
                        "ticketTypeId", CatalogEvents.firstTicketType(event), "quantity", 1))
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.INVENTORY_LINE_NOT_FOUND));

        assertThat(waitlistEntriesOf(event)).isZero();
    }

    @Test
    void leavingMovesEveryoneBehindUp() {
        EventPublished event = soldOutEvent(2);
        waitlist.joined(first, event, 1);
        waitlist.joined(second, event, 1);

        waitlist.leave(first, event).expectStatus().isNoContent();

        assertThat(waitlist.standingOf(first, event).entries()).isEmpty();
        assertThat(waitlist.standingOf(second, event).entries().getFirst().position()).isEqualTo(1);
        waitlist.leave(first, event)
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.WAITLIST_ENTRY_NOT_FOUND));
    }

    @Test
    void releasedSeatsAreHeldForTheFirstInLine() {
        EventPublished event = soldOutEvent(2);
        waitlist.joined(first, event, 1);
        waitlist.joined(second, event, 1);

        releaseSeats(event, 1);

        WaitlistApi.Offer offer = waitlist.openOfferOf(first, event);
        assertThat(offer.status()).isEqualTo("OPEN");
        assertThat(offer.quantity()).isEqualTo(1);
        assertThat(Duration.between(offer.expiresAt(), java.time.Instant.now().plus(Duration.ofMinutes(30))).abs())
                .as("the default offer lifetime").isLessThan(Duration.ofMinutes(1));
        assertThat(waitlist.standingOf(first, event).entries()).as("served: off the list").isEmpty();
        assertThat(waitlist.standingOf(second, event).entries().getFirst().position()).isEqualTo(1);
        assertThat(waitlist.standingOf(second, event).offers()).isEmpty();
        assertThat(availableOf(event)).as("held for the offer, not on sale").isZero();
        assertInvariantHolds(event);
        String payload = jdbc.sql("SELECT payload::text FROM outbox WHERE event_type = :type AND aggregate_id = :id")
                .param("type", EventTypes.WAITLIST_OFFER_MADE).param("id", offer.id().toString())
                .query(String.class).single();
        ContractAssertions.assertMatchesSchema(EventTypes.WAITLIST_OFFER_MADE, payload);
        assertThat(payload).contains(first.email()).contains(event.title());
    }

    @Test
    void offerMadeReachesKafkaKeyedByOfferIdAndSatisfiesItsSchema() {
        EventPublished event = soldOutEvent(1);
        waitlist.joined(first, event, 1);
        releaseSeats(event, 1);
        WaitlistApi.Offer offer = waitlist.openOfferOf(first, event);

        List<TestEventBus.Message> messages = TestEventBus.await(Topics.BOOKING_EVENTS,
                message -> offer.id().toString().equals(message.key()), 1, Duration.ofSeconds(30));

        assertThat(messages).singleElement().satisfies(message -> {
            assertThat(message.eventType()).isEqualTo(EventTypes.WAITLIST_OFFER_MADE);
            ContractAssertions.assertMatchesSchema(EventTypes.WAITLIST_OFFER_MADE, message.payload());
            assertThat(message.payload()).contains(first.id().toString()).contains(offer.expiresAt().toString());
        });
    }

    @Test
    void anEventsOwnOfferLifetimeTakesPrecedence() {
        EventPublished event = CatalogEvents.withBookingTerms(CatalogEvents.eventOnSale(1), null, Duration.ofMinutes(5));
        api.putOnSale(event);
        api.placeConfirmed(buyer, bookingOf(event, 1));
        waitlist.joined(first, event, 1);

        releaseSeats(event, 1);

        assertThat(Duration.between(java.time.Instant.now(), waitlist.openOfferOf(first, event).expiresAt()))
                .isBetween(Duration.ofMinutes(4), Duration.ofMinutes(5));
    }

    @Test
    void anOfferLifetimeChangedInTheCatalogAppliesToTheNextOffer() {
        EventPublished event = CatalogEvents.withBookingTerms(CatalogEvents.eventOnSale(1), null, Duration.ofMinutes(5));
        api.putOnSale(event);
        api.placeConfirmed(buyer, bookingOf(event, 1));
        waitlist.joined(first, event, 1);
        inbox.awaitProcessed(CatalogEvents.publish(CatalogEvents.bookingTermsOf(event, 2, null, Duration.ofHours(2))));

        releaseSeats(event, 1);

        assertThat(Duration.between(java.time.Instant.now(), waitlist.openOfferOf(first, event).expiresAt()))
                .isBetween(Duration.ofMinutes(119), Duration.ofMinutes(120));
    }

    @Test
    void aBigRequestAtTheHeadDoesNotHoldBackSmallerOnes() {
        EventPublished event = soldOutEvent(3);
        waitlist.joined(first, event, 2);
        waitlist.joined(second, event, 1);

        releaseSeats(event, 1);

        assertThat(waitlist.standingOf(second, event).offers()).hasSize(1);
        assertThat(waitlist.standingOf(first, event).entries()).singleElement()
                .satisfies(entry -> assertThat(entry.position()).as("keeps the head of the line").isEqualTo(1));
        assertInvariantHolds(event);

        releaseSeats(event, 2);

        assertThat(waitlist.openOfferOf(first, event).quantity()).isEqualTo(2);
        assertThat(availableOf(event)).isZero();
        assertInvariantHolds(event);
    }

    @Test
    void seatsThatFitNobodyGoBackOnSale() {
        EventPublished event = soldOutEvent(3);
        waitlist.joined(first, event, 3);

        releaseSeats(event, 2);

        assertThat(offersOf(event)).isEmpty();
        assertThat(availableOf(event)).isEqualTo(2);
        assertInvariantHolds(event);
    }

    @Test
    void acceptingTurnsTheHoldIntoAConfirmedBookingOnce() {
        EventPublished event = soldOutEvent(2);
        waitlist.joined(first, event, 1);
        releaseSeats(event, 1);
        WaitlistApi.Offer offer = waitlist.openOfferOf(first, event);

        Booking booking = waitlist.accept(first, offer.id())
                .expectStatus().isCreated()
                .expectBody(Booking.class).returnResult().getResponseBody();

        assertThat(booking.status()).isEqualTo("CONFIRMED");
        assertThat(booking.quantity()).isEqualTo(1);
        assertThat(booking.sessionId()).isEqualTo(CatalogEvents.firstSession(event));
        assertThat(booking.seatIds()).hasSize(1);
        api.view(first, booking.id()).expectStatus().isOk();
        assertThat(availableOf(event)).as("the booking took over the held seat").isZero();
        assertInvariantHolds(event);
        assertThat(outboxRows(EventTypes.BOOKING_CONFIRMED, booking.id().toString())).isEqualTo(1);
        String payload = jdbc.sql("SELECT payload::text FROM outbox WHERE event_type = :type AND aggregate_id = :id")
                .param("type", EventTypes.BOOKING_CONFIRMED).param("id", booking.id().toString())
                .query(String.class).single();
        ContractAssertions.assertMatchesSchema(EventTypes.BOOKING_CONFIRMED, payload);
        assertThat(waitlist.standingOf(first, event).offers()).as("no longer open").isEmpty();

        Booking again = waitlist.accept(first, offer.id())
                .expectStatus().isOk()
                .expectBody(Booking.class).returnResult().getResponseBody();
        assertThat(again.id()).isEqualTo(booking.id());
        assertThat(bookingsOf(first)).isEqualTo(1);
        assertThat(outboxRows(EventTypes.BOOKING_CONFIRMED, booking.id().toString())).isEqualTo(1);
        assertThat(outboxRows(EventTypes.WAITLIST_OFFER_ACCEPTED, offer.id().toString())).as("announced once")
                .isEqualTo(1);
        String accepted = jdbc.sql("SELECT payload::text FROM outbox WHERE event_type = :type AND aggregate_id = :id")
                .param("type", EventTypes.WAITLIST_OFFER_ACCEPTED).param("id", offer.id().toString())
                .query(String.class).single();
        ContractAssertions.assertMatchesSchema(EventTypes.WAITLIST_OFFER_ACCEPTED, accepted);
        assertThat(accepted).contains(booking.id().toString()).contains(first.id().toString());
        expiringOffers.expireLapsed();
        assertThat(outboxRows(EventTypes.WAITLIST_OFFER_EXPIRED, offer.id().toString())).isZero();

        waitlist.decline(first, offer.id())
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.WAITLIST_OFFER_CLOSED))
                .jsonPath("$.offerStatus").isEqualTo("ACCEPTED");
        assertInvariantHolds(event);
    }

    @Test
    void onlyTheOffersUserMayAcceptOrDeclineIt() {
        EventPublished event = soldOutEvent(1);
        waitlist.joined(first, event, 1);
        releaseSeats(event, 1);
        UUID offerId = waitlist.openOfferOf(first, event).id();

        waitlist.accept(second, offerId)
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.WAITLIST_OFFER_NOT_FOUND));
        waitlist.decline(TestUser.admin(), offerId).expectStatus().isNotFound();
        waitlist.accept(first, UUID.randomUUID()).expectStatus().isNotFound();

        assertThat(bookingsOf(second)).isZero();
        assertThat(waitlist.openOfferOf(first, event).status()).isEqualTo("OPEN");
        assertInvariantHolds(event);
    }

    @Test
    void decliningOffersTheSeatsToTheNextInLine() {
        EventPublished event = soldOutEvent(2);
        waitlist.joined(first, event, 1);
        waitlist.joined(second, event, 1);
        releaseSeats(event, 1);
        UUID offerId = waitlist.openOfferOf(first, event).id();

        waitlist.decline(first, offerId)
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("DECLINED");

        assertThat(waitlist.openOfferOf(second, event).quantity()).isEqualTo(1);
        assertThat(waitlist.standingOf(first, event).offers()).isEmpty();
        assertThat(availableOf(event)).isZero();
        assertInvariantHolds(event);

        waitlist.decline(first, offerId).expectStatus().isOk();
        waitlist.accept(first, offerId)
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.offerStatus").isEqualTo("DECLINED");
        assertThat(offersOf(event)).extracting(OfferRow::status).containsExactly("DECLINED", "OPEN");
        assertInvariantHolds(event);
    }

    @Test
    void anExpiredOfferCannotBeAcceptedAndItsSeatsGoToTheNextInLine() {
        EventPublished event = soldOutEvent(2);
        waitlist.joined(first, event, 1);
        waitlist.joined(second, event, 1);
        releaseSeats(event, 1);
        UUID offerId = waitlist.openOfferOf(first, event).id();
        lapse(offerId);

        waitlist.accept(first, offerId)
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.WAITLIST_OFFER_CLOSED))
                .jsonPath("$.offerStatus").isEqualTo("EXPIRED");
        waitlist.decline(first, offerId)
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.offerStatus").isEqualTo("EXPIRED");
        assertThat(bookingsOf(first)).isZero();
        assertInvariantHolds(event);

        expiringOffers.expireLapsed();

        assertThat(offersOf(event)).extracting(OfferRow::userId, OfferRow::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first.id(), "EXPIRED"),
                        org.assertj.core.groups.Tuple.tuple(second.id(), "OPEN"));
        assertThat(availableOf(event)).isZero();
        assertInvariantHolds(event);
    }

    @Test
    void anExpiryIsAnnouncedOnceHoweverOftenTheJobRuns() {
        EventPublished event = soldOutEvent(2);
        waitlist.joined(first, event, 2);
        releaseSeats(event, 2);
        WaitlistApi.Offer offer = waitlist.openOfferOf(first, event);
        lapse(offer.id());

        expiringOffers.expireLapsed();
        expiringOffers.expireLapsed();

        assertThat(outboxRows(EventTypes.WAITLIST_OFFER_EXPIRED, offer.id().toString())).isEqualTo(1);
        String payload = jdbc.sql("SELECT payload::text FROM outbox WHERE event_type = :type AND aggregate_id = :id")
                .param("type", EventTypes.WAITLIST_OFFER_EXPIRED).param("id", offer.id().toString())
                .query(String.class).single();
        ContractAssertions.assertMatchesSchema(EventTypes.WAITLIST_OFFER_EXPIRED, payload);
        JsonNode expired = JsonMapper.builder().build().readTree(payload);
        assertThat(expired.get("userId").asString()).isEqualTo(first.id().toString());
        assertThat(expired.get("email").asString()).isEqualTo(first.email());
        assertThat(expired.get("quantity").asInt()).isEqualTo(2);
        assertThat(expired.get("event").get("title").asString()).isEqualTo(event.title());
        assertThat(outboxRows(EventTypes.WAITLIST_OFFER_ACCEPTED, offer.id().toString())).isZero();
        List<TestEventBus.Message> published = TestEventBus.await(Topics.BOOKING_EVENTS,
                message -> offer.id().toString().equals(message.key())
                        && EventTypes.WAITLIST_OFFER_EXPIRED.equals(message.eventType()),
                1, Duration.ofSeconds(30));
        assertThat(published).singleElement()
                .satisfies(message -> ContractAssertions.assertMatchesSchema(message.eventType(), message.payload()));
    }

    @Test
    void aDeclinedOfferIsNotAnnouncedAsExpiredNorAccepted() {
        EventPublished event = soldOutEvent(1);
        waitlist.joined(first, event, 1);
        releaseSeats(event, 1);
        UUID offerId = waitlist.openOfferOf(first, event).id();

        waitlist.decline(first, offerId).expectStatus().isOk();
        expiringOffers.expireLapsed();

        assertThat(outboxRows(EventTypes.WAITLIST_OFFER_EXPIRED, offerId.toString())).isZero();
        assertThat(outboxRows(EventTypes.WAITLIST_OFFER_ACCEPTED, offerId.toString())).isZero();
    }

    @Test
    void anExpiredOfferWithNobodyWaitingPutsItsSeatsBackOnSale() {
        EventPublished event = soldOutEvent(2);
        waitlist.joined(first, event, 2);
        releaseSeats(event, 2);
        lapse(waitlist.openOfferOf(first, event).id());

        expiringOffers.expireLapsed();

        assertThat(availableOf(event)).isEqualTo(2);
        assertInvariantHolds(event);
        api.placeConfirmed(second, bookingOf(event, 2));
        assertInvariantHolds(event);
    }

    @Test
    void aCancelledEventRefusesJoiningAndAcceptingWhileOpenOffersExpire() {
        EventPublished event = soldOutEvent(2);
        waitlist.joined(first, event, 1);
        waitlist.joined(second, event, 1);
        releaseSeats(event, 1);
        UUID offerId = waitlist.openOfferOf(first, event).id();

        inbox.awaitProcessed(CatalogEvents.publish(CatalogEvents.cancellationOf(event.eventId(), "Called off")));

        waitlist.join(TestUser.attendee(), event, waitFor(event, 1))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.EVENT_CANCELLED));
        waitlist.accept(first, offerId)
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.EVENT_CANCELLED));
        assertThat(bookingsOf(first)).isZero();

        lapse(offerId);
        expiringOffers.expireLapsed();

        assertThat(offersOf(event)).extracting(OfferRow::status).as("nobody is offered seats of a cancelled event")
                .containsExactly("EXPIRED");
        // the cancellation cascade gives back the two sold seats, the expiry the one held for the offer
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(availableOf(event)).isEqualTo(3));
        assertThat(offersOf(event)).extracting(OfferRow::status).containsExactly("EXPIRED");
        assertInvariantHolds(event);
    }

    @Test
    void badLeaveAndOfferRequestsGetAProblem() {
        EventPublished event = soldOutEvent(1);
        waitlist.joined(first, event, 1);

        http.delete().uri("/api/v1/events/{id}/waitlist?sessionId={session}", event.eventId(),
                        CatalogEvents.firstSession(event))
                .header("Authorization", first.bearer())
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        http.post().uri("/api/v1/waitlist-offers/not-a-uuid/accept")
                .header("Authorization", first.bearer())
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(waitlist.standingOf(first, event).entries()).hasSize(1);
    }

    @Test
    void waitingListEndpointsNeedAToken() {
        EventPublished event = soldOutEvent(1);
        http.get().uri("/api/v1/events/{id}/waitlist", event.eventId()).exchange().expectStatus().isUnauthorized();
        http.post().uri("/api/v1/waitlist-offers/{id}/accept", UUID.randomUUID()).exchange()
                .expectStatus().isUnauthorized();
    }
}
