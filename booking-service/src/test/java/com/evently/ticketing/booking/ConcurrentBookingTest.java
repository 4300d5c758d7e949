package com.evently.ticketing.booking;

import com.evently.ticketing.booking.StartingGate.Answer;
import com.evently.ticketing.booking.adapter.in.web.BookingProblem;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

import static com.evently.ticketing.booking.BookingApi.bookingOf;
import static org.assertj.core.api.Assertions.assertThat;

/** The critical section under real contention: many requests released at the same instant. */
class ConcurrentBookingTest extends BookingServiceIntegrationTest {

    ExecutorService pool;

    @BeforeEach
    void setUp() {
        pool = Executors.newFixedThreadPool(50);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    @Test
    void fiftyBuyersRacingForTenSeatsGetExactlyTenBookings() throws Exception {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);

        List<Answer> answers = releaseAtOnce(50, attempt ->
                api.place(TestUser.attendee(), UUID.randomUUID().toString(), bookingOf(event, 1)));

        assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(10);
        assertThat(answers).filteredOn(answer -> answer.status() == 409).hasSize(40)
                .allSatisfy(answer -> assertThat(answer.body()).contains(typeOf(BookingProblem.SOLD_OUT)));
        assertThat(api.currentAvailability(event.eventId()).lines()).singleElement()
                .satisfies(line -> assertThat(line.available()).isZero());
        assertThat(count("SELECT count(*) FROM booking WHERE event_id = :eventId", event)).isEqualTo(10);
        assertThat(count("""
                SELECT count(*) FROM booking_seat seat JOIN booking ON booking.id = seat.booking_id
                 WHERE booking.event_id = :eventId
                """, event)).as("capacity - available = confirmed seats").isEqualTo(10);
        assertThat(count("""
                SELECT count(*) FROM outbox
                 WHERE event_type = '%s' AND payload ->> 'eventId' = CAST(:eventId AS text)
                """.formatted(EventTypes.BOOKING_CONFIRMED), event)).isEqualTo(10);
    }

    @Test
    void twentyConcurrentRetriesOfOneRequestMakeOneBooking() throws Exception {
        EventPublished event = CatalogEvents.eventOnSale(100);
        api.putOnSale(event);
        TestUser buyer = TestUser.attendee();
        String key = UUID.randomUUID().toString();

        List<Answer> answers = releaseAtOnce(20, attempt -> api.place(buyer, key, bookingOf(event, 2)));

        assertThat(answers).extracting(Answer::status).containsOnly(201);
        List<String> bookingIds = answers.stream()
                .map(answer -> answer.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\".*", "$1"))
                .distinct().toList();
        assertThat(bookingIds).hasSize(1);
        assertThat(count("SELECT count(*) FROM booking WHERE event_id = :eventId", event)).isEqualTo(1);
        assertThat(api.currentAvailability(event.eventId()).lines().getFirst().available()).isEqualTo(98);
        assertThat(count("""
                SELECT count(*) FROM outbox
                 WHERE event_type = '%s' AND payload ->> 'eventId' = CAST(:eventId AS text)
                """.formatted(EventTypes.BOOKING_CONFIRMED), event)).isEqualTo(1);
    }

    private List<Answer> releaseAtOnce(int requests, IntFunction<RestTestClient.ResponseSpec> request) throws Exception {
        return new StartingGate(pool, 50).releaseAtOnce(requests, request);
    }

    private int count(String sql, EventPublished event) {
        return jdbc.sql(sql).param("eventId", event.eventId()).query(Integer.class).single();
    }
}
