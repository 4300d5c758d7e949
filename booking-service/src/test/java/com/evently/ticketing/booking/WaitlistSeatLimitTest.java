package com.evently.ticketing.booking;

import com.evently.ticketing.booking.BookingApi.Booking;
import com.evently.ticketing.booking.adapter.in.web.BookingProblem;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static com.evently.ticketing.booking.BookingApi.bookingOf;
import static com.evently.ticketing.booking.WaitlistApi.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-user seat limit on the waiting list: a user's confirmed seats and open offers of a line count, whether
 * they join or accept, under the line's lock.
 */
class WaitlistSeatLimitTest extends WaitlistIntegrationTest {

    static final int LIMIT = 3;

    TestUser ana = TestUser.attendee();
    TestUser bob = TestUser.attendee();
    EventPublished event;

    /** Four seats, at most three per person: Ana holds two, Bob the other two. */
    @BeforeEach
    void sellOutALineWithALimitOfThree() {
        event = CatalogEvents.eventOnSale(4, "25.00", LIMIT);
        api.putOnSale(event);
        api.placeConfirmed(ana, bookingOf(event, 2));
        api.placeConfirmed(bob, bookingOf(event, 2));
    }

    @Test
    void joiningForMoreThanTheLimitLeavesIsRefusedAndStoresNothing() {
        waitlist.join(ana, event, waitFor(event, 2))
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(typeOf(BookingProblem.SEAT_LIMIT_REACHED))
                .jsonPath("$.maxSeatsPerUser").isEqualTo(LIMIT)
                .jsonPath("$.held").isEqualTo(2);
        assertThat(waitlistEntriesOf(event)).isZero();

        assertThat(waitlist.joined(ana, event, 1).position()).isEqualTo(1);
    }

    @Test
    void acceptingIsRefusedWhenTheUserBookedUpToTheLimitSinceJoiningAndTheOfferStaysOpen() {
        waitlist.joined(ana, event, 1);
        releaseSeats(event, 2);
        WaitlistApi.Offer offer = waitlist.openOfferOf(ana, event);
        Booking third = api.placeConfirmed(ana, bookingOf(event, 1));

        waitlist.accept(ana, offer.id())
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo(typeOf(BookingProblem.SEAT_LIMIT_REACHED))
                .jsonPath("$.held").isEqualTo(LIMIT);
        assertThat(waitlist.openOfferOf(ana, event).id()).isEqualTo(offer.id());
        assertThat(bookingsOf(ana)).isEqualTo(2);
        assertInvariantHolds(event);

        api.cancel(ana, third.id()).expectStatus().isOk();
        waitlist.accept(ana, offer.id()).expectStatus().isCreated();
        assertInvariantHolds(event);
    }

    /**
     * Ana holds two seats and an offer of a third while one more seat is on sale: booking it and accepting the
     * offer race for her last place under the limit. Both run under the line's lock, so exactly one wins.
     */
    @RepeatedTest(3)
    void bookingAndAcceptingCannotTogetherExceedTheLimit() throws Exception {
        waitlist.joined(ana, event, 1);
        releaseSeats(event, 2);
        WaitlistApi.Offer offer = waitlist.openOfferOf(ana, event);
        assertThat(availableOf(event)).isOne();

        List<StartingGate.Answer> answers;
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            answers = new StartingGate(pool, 2).releaseAtOnce(2, attempt -> attempt == 0
                    ? api.place(ana, java.util.UUID.randomUUID().toString(), bookingOf(event, 1))
                    : waitlist.accept(ana, offer.id()));
        }

        assertThat(answers).extracting(StartingGate.Answer::status).containsOnlyOnce(201);
        assertThat(answers).filteredOn(answer -> answer.status() != 201).singleElement()
                .satisfies(answer -> assertThat(answer.body()).contains(BookingProblem.SEAT_LIMIT_REACHED.type().toString()));
        int held = jdbc.sql("SELECT coalesce(sum(quantity), 0) FROM booking WHERE user_id = :userId AND status = 'CONFIRMED'")
                .param("userId", ana.id()).query(Integer.class).single();
        assertThat(held).isEqualTo(LIMIT);
        assertInvariantHolds(event);
    }
}
