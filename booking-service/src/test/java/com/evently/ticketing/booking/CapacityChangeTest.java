package com.evently.ticketing.booking;

import com.evently.ticketing.booking.StartingGate.Answer;
import com.evently.ticketing.booking.adapter.in.web.BookingProblem;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.platform.security.InternalScopes;
import com.evently.ticketing.testsupport.TestIdentityProvider;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static com.evently.ticketing.booking.BookingApi.bookingOf;
import static org.assertj.core.api.Assertions.assertThat;

/** The catalog's capacity changes through booking's internal endpoint, against the real database. */
class CapacityChangeTest extends BookingServiceIntegrationTest {


    ExecutorService pool;
    WaitlistApi waitlist;

    @BeforeEach
    void setUp() {
        pool = Executors.newFixedThreadPool(21);
        waitlist = new WaitlistApi(http);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    @Test
    void capacityBelowSoldIsRefusedAndChangesNothing() {
        EventPublished event = CatalogEvents.eventOnSale(2, 1, 10);
        api.putOnSale(event);
        api.placeConfirmed(TestUser.attendee(), bookingOf(event, 4));

        changeCapacity(event, 3, UUID.randomUUID(), serviceToken())
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(typeOf(BookingProblem.CAPACITY_BELOW_SOLD))
                .jsonPath("$.soldSeats").isEqualTo(4)
                .jsonPath("$.sessionId").isEqualTo(CatalogEvents.firstSession(event).toString());

        // The second session sold nothing and could have shrunk: all lines change or none does.
        assertThat(lines(event)).containsExactly(new Line(10, 6), new Line(10, 10));
    }

    @Test
    void capacityDownToWhatIsSoldIsAcceptedAndRepeatingItChangesNothing() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);
        api.placeConfirmed(TestUser.attendee(), bookingOf(event, 4));
        UUID changeId = UUID.randomUUID();

        for (int attempt = 0; attempt < 2; attempt++) {
            changeCapacity(event, 4, changeId, serviceToken())
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.capacity").isEqualTo(4)
                    .jsonPath("$.lines[0].available").isEqualTo(0)
                    .jsonPath("$.lines[0].soldSeats").isEqualTo(4);
        }
        assertThat(line(event)).isEqualTo(new int[]{4, 0});
        api.place(TestUser.attendee(), UUID.randomUUID().toString(), bookingOf(event, 1))
                .expectStatus().isEqualTo(409);
    }

    @Test
    void raisedCapacityGoesToTheWaitingListFirst() {
        EventPublished event = CatalogEvents.eventOnSale(2);
        api.putOnSale(event);
        api.placeConfirmed(TestUser.attendee(), bookingOf(event, 2));
        TestUser waiting = TestUser.attendee();
        waitlist.joined(waiting, event, 1);

        changeCapacity(event, 5, UUID.randomUUID(), serviceToken())
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.capacity").isEqualTo(5)
                .jsonPath("$.lines[0].capacity").isEqualTo(5)
                .jsonPath("$.lines[0].available").isEqualTo(2)
                .jsonPath("$.lines[0].soldSeats").isEqualTo(3);

        assertThat(waitlist.openOfferOf(waiting, event).quantity()).isEqualTo(1);
        assertThat(line(event)).isEqualTo(new int[]{5, 2});
        api.placeConfirmed(TestUser.attendee(), bookingOf(event, 2));
    }

    @Test
    void capacityChangedFromTheCatalogConvergesAndRepeatsAsANoOp() {
        EventPublished event = CatalogEvents.eventOnSale(2, 1, 10);
        api.putOnSale(event);
        api.placeConfirmed(TestUser.attendee(), bookingOf(event, 4));

        CatalogEvents.publish(CatalogEvents.capacityChangeOf(event, 15));
        CatalogEvents.publish(CatalogEvents.capacityChangeOf(event, 15));
        awaitEverythingConsumedFor(event);
        assertThat(lines(event)).containsExactly(new Line(15, 11), new Line(15, 15));

        // Below what is sold: nothing changes, and the record does not block the ones behind it.
        CatalogEvents.publish(CatalogEvents.capacityChangeOf(event, 2));
        awaitEverythingConsumedFor(event);
        assertThat(lines(event)).containsExactly(new Line(15, 11), new Line(15, 15));
    }

    @Test
    void lineThatDoesNotExistIsNotFound() {
        EventPublished event = CatalogEvents.eventOnSale(2);
        http.put().uri("/internal/v1/events/{e}/ticket-types/{t}/capacity", event.eventId(), UUID.randomUUID())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + serviceToken())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("capacity", 3, "changeId", UUID.randomUUID()))
                .exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void invalidCapacityIsABadRequestAndChangesNothing() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);

        changeCapacity(event, 0, UUID.randomUUID(), serviceToken())
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(line(event)).isEqualTo(new int[]{10, 10});
    }

    @Test
    void onlyAServiceTokenWithTheInventoryScopeChangesAnything() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);
        TestIdentityProvider identity = TestIdentityProvider.get();
        Instant now = Instant.now();
        String partnerClient = identity.sign(identity.serviceTokenClaims(UUID.randomUUID().toString(),
                List.of("events:write", "attendees:read"), now, now.plusSeconds(300))
                .claim("org", event.organizerId().toString()).build());

        changeCapacity(event, 20, UUID.randomUUID(), null).expectStatus().isUnauthorized();
        changeCapacity(event, 20, UUID.randomUUID(), "not-a-token").expectStatus().isUnauthorized();
        changeCapacity(event, 20, UUID.randomUUID(), TestUser.admin().bearer()).expectStatus().isForbidden();
        changeCapacity(event, 20, UUID.randomUUID(), partnerClient).expectStatus().isForbidden();
        changeCapacity(event, 20, UUID.randomUUID(), identity.serviceToken(InternalScopes.TICKET_DOCUMENTS))
                .expectStatus().isForbidden();

        assertThat(line(event)).isEqualTo(new int[]{10, 10});
    }

    /**
     * Bookings and the capacity change take the same line lock: whichever order they run in, the line never sells
     * more than its capacity and {@code available = capacity - confirmed seats} holds at the end.
     */
    @Test
    void twentyParallelBookingsWhileLoweringCapacityNeverOversell() throws Exception {
        for (int round = 0; round < 3; round++) {
            EventPublished event = CatalogEvents.eventOnSale(20);
            api.putOnSale(event);

            List<Answer> answers = new StartingGate(pool, 21).releaseAtOnce(21, attempt -> attempt == 0
                    ? changeCapacity(event, 10, UUID.randomUUID(), serviceToken())
                    : api.place(TestUser.attendee(), UUID.randomUUID().toString(), bookingOf(event, 1)));

            int confirmed = jdbc.sql("""
                            SELECT count(*) FROM booking_seat seat JOIN booking ON booking.id = seat.booking_id
                             WHERE booking.event_id = :eventId AND booking.status <> 'CANCELLED'
                            """)
                    .param("eventId", event.eventId()).query(Integer.class).single();
            int[] line = line(event);
            Answer capacityChange = answers.getFirst();
            if (capacityChange.status() == 200) {
                assertThat(line[0]).isEqualTo(10);
                assertThat(confirmed).isLessThanOrEqualTo(10);
            } else {
                assertThat(capacityChange.status()).isEqualTo(409);
                assertThat(capacityChange.body()).contains(typeOf(BookingProblem.CAPACITY_BELOW_SOLD));
                assertThat(line[0]).isEqualTo(20);
                assertThat(confirmed).isGreaterThan(10);
            }
            assertThat(line[1]).as("available = capacity - confirmed seats").isEqualTo(line[0] - confirmed);
            assertThat(answers.subList(1, answers.size()).stream().filter(answer -> answer.status() == 201).count())
                    .isEqualTo(confirmed);
        }
    }

    private RestTestClient.ResponseSpec changeCapacity(EventPublished event, int capacity, UUID changeId, String token) {
        RestTestClient.RequestBodySpec request = http.put()
                .uri("/internal/v1/events/{e}/ticket-types/{t}/capacity", event.eventId(),
                        CatalogEvents.firstTicketType(event))
                .contentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, token.startsWith("Bearer ") ? token : "Bearer " + token);
        }
        return request.body(Map.of("capacity", capacity, "changeId", changeId)).exchange();
    }

    /** event-service's token, as identity grants it: fresh for every call, so a long test never outlives one. */
    private static String serviceToken() {
        return TestIdentityProvider.get().serviceToken(InternalScopes.BOOKING_INVENTORY);
    }

    record Line(int capacity, int available) {
    }

    /** The first ticket type's lines, session by session, read from the database. */
    private List<Line> lines(EventPublished event) {
        return jdbc.sql("""
                        SELECT line.capacity, line.available FROM inventory_line_seats line
                          JOIN event_session session ON session.session_id = line.session_id
                         WHERE line.ticket_type_id = :t ORDER BY session.position
                        """)
                .param("t", CatalogEvents.firstTicketType(event))
                .query((rs, row) -> new Line(rs.getInt("capacity"), rs.getInt("available")))
                .list();
    }

    /** {capacity, available} of the event's first line, read from the database. */
    private int[] line(EventPublished event) {
        return jdbc.sql("SELECT capacity, available FROM inventory_line_seats WHERE session_id = :s AND ticket_type_id = :t")
                .param("s", CatalogEvents.firstSession(event))
                .param("t", CatalogEvents.firstTicketType(event))
                .query((rs, row) -> new int[]{rs.getInt("capacity"), rs.getInt("available")})
                .single();
    }
}
