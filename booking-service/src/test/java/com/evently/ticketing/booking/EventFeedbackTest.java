package com.evently.ticketing.booking;

import com.evently.ticketing.booking.BookingApi.Booking;
import com.evently.ticketing.booking.OrganizerApi.Comment;
import com.evently.ticketing.booking.OrganizerApi.FeedbackReport;
import com.evently.ticketing.booking.adapter.in.web.BookingProblem;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static com.evently.ticketing.booking.BookingApi.bookingOf;
import static org.assertj.core.api.Assertions.assertThat;

/** Feedback after a session: once per holder of a confirmed booking's tickets; seen in sum by the event's organizer only. */
class EventFeedbackTest extends BookingServiceIntegrationTest {

    OrganizerApi organizerApi;
    TestUser organizer = TestUser.organizer();
    TestUser buyer = TestUser.attendee();
    EventPublished event;
    Booking booking;

    @BeforeEach
    void bookASessionThatHasEnded() {
        organizerApi = new OrganizerApi(http);
        event = OrganizerApi.organizedBy(organizer, CatalogEvents.eventOnSale(20));
        api.putOnSale(event);
        booking = api.placeConfirmed(buyer, bookingOf(event, 2));
        endTheSession();
    }

    /** Booked while it lay ahead; now it is over. */
    void endTheSession() {
        jdbc.sql("""
                        UPDATE event_session SET starts_at = now() - interval '2 days', ends_at = now() - interval '1 day'
                         WHERE session_id = :session
                        """)
                .param("session", CatalogEvents.firstSession(event)).update();
    }

    static Map<String, Object> rating(Integer rating, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("rating", rating);
        body.put("comment", comment);
        return body;
    }

    int feedbackRows() {
        return jdbc.sql("SELECT count(*) FROM booking_feedback WHERE event_id = :event")
                .param("event", event.eventId()).query(Integer.class).single();
    }

    @Test
    void whoeverATicketWasTransferredToRatesBesideTheBuyerOnceEach() {
        TestUser friend = TestUser.attendee();
        jdbc.sql("""
                        UPDATE booking_seat SET holder_email = upper(:email), holder_name = 'Friend'
                         WHERE seat_id = (SELECT seat_id FROM booking_seat WHERE booking_id = :booking ORDER BY seat_number
                                          LIMIT 1)
                        """)
                .param("email", friend.email()).param("booking", booking.id()).update();

        organizerApi.giveFeedback(friend, booking.id(), rating(5, "Thanks for the ticket")).expectStatus().isCreated();
        organizerApi.giveFeedback(buyer, booking.id(), rating(3, null)).expectStatus().isCreated();
        organizerApi.giveFeedback(friend, booking.id(), rating(1, null)).expectStatus().isEqualTo(409);
        organizerApi.giveFeedback(TestUser.attendee(), booking.id(), rating(1, null)).expectStatus().isNotFound();
        assertThat(feedbackRows()).isEqualTo(2);
    }

    @Test
    void buyerRatesTheEndedSessionOnce() {
        organizerApi.giveFeedback(buyer, booking.id(), rating(4, "Great talks"))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.bookingId").isEqualTo(booking.id().toString())
                .jsonPath("$.rating").isEqualTo(4)
                .jsonPath("$.comment").isEqualTo("Great talks")
                .jsonPath("$.givenAt").exists();

        organizerApi.giveFeedback(buyer, booking.id(), rating(1, "Changed my mind"))
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.FEEDBACK_ALREADY_GIVEN));
        assertThat(jdbc.sql("SELECT rating FROM booking_feedback WHERE booking_id = :id")
                .param("id", booking.id()).query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void parallelFirstAttemptsStoreOneFeedback() throws Exception {
        int attempts = 10;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(attempts)) {
            for (int attempt = 1; attempt <= attempts; attempt++) {
                int stars = attempt % 5 + 1;
                answers.add(pool.submit(() -> {
                    start.await();
                    return organizerApi.giveFeedback(buyer, booking.id(), rating(stars, "attempt"))
                            .returnResult(String.class).getStatus().value();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
        }
        assertThat(feedbackRows()).isEqualTo(1);
    }

    @Test
    void feedbackBeforeTheSessionEndedIsRefused() {
        jdbc.sql("UPDATE event_session SET ends_at = now() + interval '1 hour' WHERE session_id = :session")
                .param("session", CatalogEvents.firstSession(event)).update();

        organizerApi.giveFeedback(buyer, booking.id(), rating(5, null))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.FEEDBACK_NOT_OPEN));
        assertThat(feedbackRows()).isZero();
    }

    @Test
    void someoneElsesBookingIsNotFoundEvenForAnAdmin() {
        Stream.of(TestUser.attendee(), organizer, TestUser.admin()).forEach(other ->
                organizerApi.giveFeedback(other, booking.id(), rating(5, null))
                        .expectStatus().isNotFound()
                        .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.BOOKING_NOT_FOUND)));
        organizerApi.giveFeedback(buyer, UUID.randomUUID(), rating(5, null)).expectStatus().isNotFound();
        assertThat(feedbackRows()).isZero();
    }

    @Test
    void badFeedbackIsRefusedAndStoresNothing() {
        Stream.of(rating(0, null), rating(6, null), rating(null, "no rating"), rating(3, "x".repeat(2001)))
                .forEach(body -> organizerApi.giveFeedback(buyer, booking.id(), body)
                        .expectStatus().isBadRequest()
                        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        organizerApi.giveFeedback(buyer, booking.id(), "{\"rating\":\"five\"}").expectStatus().isBadRequest();
        assertThat(feedbackRows()).isZero();
    }

    @Test
    void organizerSeesAggregatesAndCommentsNewestFirst() {
        organizerApi.giveFeedback(buyer, booking.id(), rating(5, "Loved it")).expectStatus().isCreated();
        List<TestUser> others = List.of(TestUser.attendee(), TestUser.attendee(), TestUser.attendee());
        int[] stars = {4, 4, 1};
        String[] comments = {null, "Good", "Too loud"};
        for (int index = 0; index < others.size(); index++) {
            Booking theirs = api.placeConfirmed(others.get(index), bookingOf(event, 1));
            organizerApi.giveFeedback(others.get(index), theirs.id(), rating(stars[index], comments[index]))
                    .expectStatus().isCreated();
        }

        FeedbackReport report = organizerApi.feedbackOk(organizer, event.eventId());

        assertThat(report.eventId()).isEqualTo(event.eventId());
        assertThat(report.count()).isEqualTo(4);
        assertThat(report.averageRating()).isEqualTo(3.5);
        assertThat(report.ratings()).containsExactly(Map.entry("1", 1L), Map.entry("2", 0L), Map.entry("3", 0L),
                Map.entry("4", 2L), Map.entry("5", 1L));
        assertThat(report.comments().items()).extracting(Comment::comment)
                .as("only feedback with a comment, newest first").containsExactly("Too loud", "Good", "Loved it");
        assertThat(report.comments().page().totalElements()).isEqualTo(3);

        FeedbackReport secondPage = organizerApi.feedbackOk(TestUser.admin(), event.eventId(), "size", "2", "page", "1");
        assertThat(secondPage.comments().items()).extracting(Comment::comment).containsExactly("Loved it");
        assertThat(secondPage.comments().page().totalPages()).isEqualTo(2);
    }

    @Test
    void anEventWithoutFeedbackHasNoAverage() {
        FeedbackReport report = organizerApi.feedbackOk(organizer, event.eventId());

        assertThat(report.count()).isZero();
        assertThat(report.averageRating()).isNull();
        assertThat(report.comments().items()).isEmpty();
    }

    @Test
    void nobodyButTheOrganizerAndAdminsSeesFeedback() {
        organizerApi.feedback(buyer, event.eventId())
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.FORBIDDEN));
        organizerApi.feedback(TestUser.organizer(), event.eventId()).expectStatus().isForbidden();
        organizerApi.feedback(TestUser.admin(), UUID.randomUUID())
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.EVENT_NOT_FOUND));
        organizerApi.feedback(organizer, event.eventId(), "size", "0").expectStatus().isBadRequest();
    }
}
