package com.evently.ticketing.booking;

import com.evently.ticketing.booking.BookingApi.Booking;
import com.evently.ticketing.booking.StartingGate.Answer;
import com.evently.ticketing.booking.adapter.in.web.BookingProblem;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static com.evently.ticketing.booking.BookingApi.bookingOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A line's seats spread over bucket rows (4 seats a bucket in these tests, see BookingServiceIntegrationTest): many
 * buyers at once, multi-seat bookings that need several buckets, cancellations and edits racing sales. Whatever
 * the interleaving, per line {@code sum of the buckets = capacity - seats of confirmed bookings}, no bucket below
 * zero, and no seat stranded in a bucket where nobody can buy it.
 */
class HotLineBucketsTest extends BookingServiceIntegrationTest {

    /**
     * As many clients as the service has database connections, as in ConcurrentLifecycleTest: requests race for
     * rows, rather than queue for a connection (DatabasePoolExhaustionTest covers that).
     */
    static final int THREADS = 10;

    ExecutorService pool;
    StartingGate gate;
    final Random random = new Random(16);

    @BeforeEach
    void setUp() {
        pool = Executors.newFixedThreadPool(THREADS);
        gate = new StartingGate(pool, THREADS);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    @Test
    void aNewLineIsSpreadEvenlyOverItsBuckets() {
        EventPublished big = CatalogEvents.eventOnSale(100);
        EventPublished small = CatalogEvents.eventOnSale(3);
        api.putOnSale(big);
        api.putOnSale(small);

        assertThat(bucketsOf(big)).as("100 seats / 4 a bucket, at most 16 buckets").hasSize(16)
                .allSatisfy(seats -> assertThat(seats).isBetween(6, 7))
                .satisfies(seats -> assertThat(seats.stream().mapToInt(Integer::intValue).sum()).isEqualTo(100));
        assertThat(bucketsOf(small)).containsExactly(3);
    }

    @Test
    void aBookingTakesSeatsLeftInSeveralBuckets() {
        EventPublished event = CatalogEvents.eventOnSale(12);
        api.putOnSale(event);
        for (int i = 0; i < 3; i++) {
            api.placeConfirmed(TestUser.attendee(), bookingOf(event, 3));
        }
        assertThat(bucketsOf(event)).as("each 3-seat booking needed a bucket of its own").containsExactly(1, 1, 1);

        Booking spanning = api.placeConfirmed(TestUser.attendee(), bookingOf(event, 3));

        assertThat(spanning.seatIds()).hasSize(3);
        assertThat(bucketsOf(event)).containsExactly(0, 0, 0);
        api.place(TestUser.attendee(), UUID.randomUUID().toString(), bookingOf(event, 1))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.SOLD_OUT));
        assertInvariantHolds(event);
    }

    @Test
    void buyersRacingForOneHotLineNeverOversellItAndStrandNoSeat() throws Exception {
        EventPublished event = CatalogEvents.eventOnSale(60);
        api.putOnSale(event);
        List<Integer> quantities = random.ints(150, 1, 5).boxed().toList();

        List<Answer> answers = gate.releaseAtOnce(150, i ->
                api.place(TestUser.attendee(), UUID.randomUUID().toString(), bookingOf(event, quantities.get(i))));

        // 503 busy (every retry lost to contention, nothing stored) is allowed; any other answer but a sale or
        // sold out is not.
        assertThat(answers).extracting(Answer::status).isSubsetOf(201, 409, 503).contains(201, 409);
        assertThat(answers).filteredOn(answer -> answer.status() == 409)
                .allSatisfy(answer -> assertThat(answer.body()).contains(typeOf(BookingProblem.SOLD_OUT)));
        assertThat(answers).filteredOn(answer -> answer.status() == 503)
                .allSatisfy(answer -> assertThat(answer.body()).contains(typeOf(BookingProblem.BUSY)));
        int sold = 0;
        for (int i = 0; i < answers.size(); i++) {
            sold += answers.get(i).status() == 201 ? quantities.get(i) : 0;
        }
        assertThat(bucketsOf(event)).allSatisfy(seats -> assertThat(seats).isNotNegative());
        assertThat(api.currentAvailability(event.eventId()).lines().getFirst().available()).isEqualTo(60 - sold);
        assertInvariantHolds(event);
        // Whatever is left, wherever it sits, can still be bought, one seat at a time, and then no more.
        for (int left = 60 - sold; left > 0; left--) {
            api.placeConfirmed(TestUser.attendee(), bookingOf(event, 1));
        }
        api.place(TestUser.attendee(), UUID.randomUUID().toString(), bookingOf(event, 1)).expectStatus().isEqualTo(409);
        assertInvariantHolds(event);
    }

    @Test
    void cancellationsAndEditsRacingSalesOfTwoBucketedLinesKeepEveryBucketExact() throws Exception {
        EventPublished event = CatalogEvents.eventOnSale(1, 2, 40);
        api.putOnSale(event);
        UUID session = CatalogEvents.firstSession(event);
        List<UUID> types = CatalogEvents.ticketTypeIds(event);
        record Owned(TestUser owner, Booking booking) {
        }
        List<Owned> placed = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            TestUser owner = TestUser.attendee();
            placed.add(new Owned(owner, api.placeConfirmed(owner, lineOf(event, session, types.get(i % 2), 2))));
        }
        long deadlocksBefore = deadlocks();

        List<Answer> answers = gate.releaseAtOnce(120, i -> {
            UUID type = types.get(pick(i) % 2);
            int quantity = 1 + pick(i * 31) % 4;
            Owned target = placed.get(i % placed.size());
            return switch (i % 3) {
                case 0 -> api.place(TestUser.attendee(), UUID.randomUUID().toString(),
                        lineOf(event, session, type, quantity));
                case 1 -> i < 60 ? api.cancel(target.owner(), target.booking().id())
                        : api.place(TestUser.attendee(), UUID.randomUUID().toString(), lineOf(event, session, type, 1));
                default -> api.edit(target.owner(), target.booking().id(),
                        Map.of("ticketTypeId", type, "quantity", quantity));
            };
        });

        // 503 busy (every retry lost to contention, nothing changed) is allowed; an error or a seat off is not.
        assertThat(answers).filteredOn(answer -> answer.status() >= 500
                && !(answer.status() == 503 && answer.body().contains(typeOf(BookingProblem.BUSY)))).isEmpty();
        assertThat(answers).extracting(Answer::status).contains(200, 201);
        for (UUID type : types) {
            assertThat(bucketsOf(session, type)).hasSize(10).allSatisfy(seats -> assertThat(seats).isNotNegative());
        }
        assertInvariantHolds(event);
        assertThat(deadlocks()).as("lines before buckets, buckets in one order").isEqualTo(deadlocksBefore);
    }

    /** The same pseudo-random number for the same request, whichever thread asks first. */
    private static int pick(int seed) {
        return Math.floorMod(new Random(seed).nextInt(), 1000);
    }

    private static Map<String, Object> lineOf(EventPublished event, UUID session, UUID type, int quantity) {
        return Map.of("eventId", event.eventId(), "sessionId", session, "ticketTypeId", type, "quantity", quantity);
    }

    private List<Integer> bucketsOf(EventPublished event) {
        return bucketsOf(CatalogEvents.firstSession(event), CatalogEvents.firstTicketType(event));
    }

    private List<Integer> bucketsOf(UUID session, UUID type) {
        return jdbc.sql("""
                        SELECT available FROM inventory_line_bucket
                         WHERE session_id = :sessionId AND ticket_type_id = :ticketTypeId ORDER BY bucket
                        """)
                .param("sessionId", session).param("ticketTypeId", type)
                .query(Integer.class).list();
    }

    /** Per line: the buckets sum to what confirmed bookings leave, and every seat sold is one booking seat. */
    private void assertInvariantHolds(EventPublished event) {
        record Line(int capacity, int available, int confirmed, int seats) {
        }
        List<Line> lines = jdbc.sql("""
                        SELECT line.capacity,
                               (SELECT sum(bucket.available) FROM inventory_line_bucket bucket
                                 WHERE bucket.session_id = line.session_id
                                   AND bucket.ticket_type_id = line.ticket_type_id) AS available,
                               (SELECT coalesce(sum(quantity), 0) FROM booking
                                 WHERE booking.session_id = line.session_id AND booking.ticket_type_id = line.ticket_type_id
                                   AND booking.status = 'CONFIRMED') AS confirmed,
                               (SELECT count(*) FROM booking_seat seat JOIN booking ON booking.id = seat.booking_id
                                 WHERE booking.session_id = line.session_id AND booking.ticket_type_id = line.ticket_type_id
                                   AND booking.status = 'CONFIRMED') AS seats
                          FROM inventory_line line WHERE line.event_id = :eventId
                        """)
                .param("eventId", event.eventId())
                .query((rs, rowNum) -> new Line(rs.getInt("capacity"), rs.getInt("available"), rs.getInt("confirmed"),
                        rs.getInt("seats")))
                .list();
        assertThat(lines).isNotEmpty().allSatisfy(line -> {
            assertThat(line.available()).isNotNegative();
            assertThat(line.available() + line.confirmed()).as("%s", line).isEqualTo(line.capacity());
            assertThat(line.seats()).isEqualTo(line.confirmed());
        });
    }

    private long deadlocks() {
        return jdbc.sql("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()")
                .query(Long.class).single();
    }
}
