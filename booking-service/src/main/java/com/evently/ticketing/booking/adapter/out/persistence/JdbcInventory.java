package com.evently.ticketing.booking.adapter.out.persistence;

import com.evently.ticketing.booking.application.port.out.Inventory;
import com.evently.ticketing.booking.domain.HeldSeats;
import com.evently.ticketing.booking.domain.InventoryLine;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import com.evently.ticketing.booking.domain.SeatBucket;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Lines in {@code inventory_line} (capacity and settings), their seats on sale in {@code inventory_line_bucket}.
 * Lock order, everywhere: line rows by (session_id, ticket_type_id), and a line's row before its buckets; buckets of
 * a line by number. A sale locks buckets only, one it finds free or all of them in order, and never waits for
 * anything else once it holds one, so it cannot close a cycle with a holder of whole lines.
 */
public final class JdbcInventory implements Inventory {

    private static final RowMapper<InventoryLine> LINE = (rs, rowNum) -> new InventoryLine(
            new InventoryLineKey(rs.getObject("event_id", UUID.class), rs.getObject("session_id", UUID.class),
                    rs.getObject("ticket_type_id", UUID.class)),
            rs.getInt("capacity"),
            rs.getInt("available"),
            rs.getObject("max_seats_per_user", Integer.class),
            rs.getBoolean("retired"));

    private static final RowMapper<SeatBucket> BUCKET =
            (rs, rowNum) -> new SeatBucket(rs.getInt("bucket"), rs.getInt("available"));

    private record Settings(int capacity, Integer maxSeatsPerUser, boolean retired) {
    }

    private static final RowMapper<Settings> SETTINGS = (rs, rowNum) -> new Settings(rs.getInt("capacity"),
            rs.getObject("max_seats_per_user", Integer.class), rs.getBoolean("retired"));

    private final JdbcClient jdbc;
    private final Duration lockTimeout;
    private final BucketLayout layout;

    public JdbcInventory(JdbcClient jdbc, Duration lockTimeout, BucketLayout layout) {
        this.jdbc = jdbc;
        this.lockTimeout = lockTimeout;
        this.layout = layout;
    }

    @Override
    public Optional<InventoryLine> lockLine(InventoryLineKey key) {
        limitLockWaits();
        // FOR NO KEY UPDATE: every other holder of the whole line queues here until this one commits. Not FOR
        // UPDATE: that would also block the share lock PostgreSQL takes on a line when a booking row that points to
        // it is written, and a booking moved to another line before its lines were taken would then break their
        // lock order.
        Optional<Settings> line = jdbc.sql("""
                        SELECT capacity, max_seats_per_user, retired_at IS NOT NULL AS retired
                          FROM inventory_line
                         WHERE event_id = :eventId AND session_id = :sessionId AND ticket_type_id = :ticketTypeId
                           FOR NO KEY UPDATE
                        """)
                .param("eventId", key.eventId())
                .param("sessionId", key.sessionId())
                .param("ticketTypeId", key.ticketTypeId())
                .query(SETTINGS)
                .optional();
        // Then every bucket, which waits for the sales holding one: the sum cannot change until this one commits.
        return line.map(settings -> new InventoryLine(key, settings.capacity(),
                allBuckets(key).stream().mapToInt(SeatBucket::available).sum(), settings.maxSeatsPerUser(),
                settings.retired()));
    }

    @Override
    public Optional<InventoryLine> readLine(InventoryLineKey key) {
        return jdbc.sql("""
                        SELECT event_id, session_id, ticket_type_id, capacity, available, max_seats_per_user,
                               retired_at IS NOT NULL AS retired
                          FROM inventory_line_seats
                         WHERE event_id = :eventId AND session_id = :sessionId AND ticket_type_id = :ticketTypeId
                        """)
                .param("eventId", key.eventId())
                .param("sessionId", key.sessionId())
                .param("ticketTypeId", key.ticketTypeId())
                .query(LINE)
                .optional();
    }

    @Override
    public Optional<HeldSeats> holdSeats(InventoryLineKey key, int quantity) {
        limitLockWaits();
        // A random bucket with enough seats that nobody holds: concurrent buyers spread over the buckets. Failing
        // that (all taken, or no single bucket has enough), gather buckets in bucket order until they have enough
        // together, or all of them (then the sum decides: sold out).
        List<SeatBucket> held = freeBucketWith(key, quantity);
        if (held.isEmpty()) {
            held = bucketsInOrderFor(key, quantity);
        }
        if (held.isEmpty()) {
            return Optional.empty();
        }
        List<SeatBucket> buckets = held;
        // Read only now, a new statement under READ COMMITTED: a retirement that held the line before this sale got
        // its bucket is seen here.
        return jdbc.sql("""
                        SELECT capacity, max_seats_per_user, retired_at IS NOT NULL AS retired
                          FROM inventory_line
                         WHERE event_id = :eventId AND session_id = :sessionId AND ticket_type_id = :ticketTypeId
                        """)
                .param("eventId", key.eventId())
                .param("sessionId", key.sessionId())
                .param("ticketTypeId", key.ticketTypeId())
                .query(SETTINGS)
                .optional()
                .map(settings -> new HeldSeats(key, settings.maxSeatsPerUser(), settings.retired(), buckets));
    }

    /**
     * Deadlock freedom rests on one rule: whoever waits for a bucket holds only buckets of lower numbers. A locking
     * SELECT keeps the lock on a row whose newer version fails the WHERE re-check and goes on to the next row, so
     * this random pick may hold stray buckets even when it finds none; it waits for none (SKIP LOCKED), and when it
     * finds none, rolling back to the savepoint drops the strays before the caller waits in bucket order.
     */
    private List<SeatBucket> freeBucketWith(InventoryLineKey key, int quantity) {
        jdbc.sql("SAVEPOINT free_bucket").update();
        List<SeatBucket> found = jdbc.sql("""
                        SELECT bucket, available FROM inventory_line_bucket
                         WHERE session_id = :sessionId AND ticket_type_id = :ticketTypeId AND available >= :quantity
                         ORDER BY random()
                         LIMIT 1
                           FOR NO KEY UPDATE SKIP LOCKED
                        """)
                .param("sessionId", key.sessionId())
                .param("ticketTypeId", key.ticketTypeId())
                .param("quantity", quantity)
                .query(BUCKET)
                .list();
        jdbc.sql(found.isEmpty() ? "ROLLBACK TO SAVEPOINT free_bucket" : "RELEASE SAVEPOINT free_bucket").update();
        return found;
    }

    private List<SeatBucket> bucketsInOrderFor(InventoryLineKey key, int quantity) {
        List<SeatBucket> held = new ArrayList<>();
        int seats = 0;
        int next = 0;
        while (seats < quantity) {
            // Empty buckets too: one skipped as empty could get seats back from a whole-line change committing
            // meanwhile, and "sold out" must be the sum of every bucket under lock. Sellers of one bucket never
            // hold an empty one, so locking it rarely waits.
            Optional<SeatBucket> bucket = jdbc.sql("""
                            SELECT bucket, available FROM inventory_line_bucket
                             WHERE session_id = :sessionId AND ticket_type_id = :ticketTypeId AND bucket >= :next
                             ORDER BY bucket
                             LIMIT 1
                               FOR NO KEY UPDATE
                            """)
                    .param("sessionId", key.sessionId())
                    .param("ticketTypeId", key.ticketTypeId())
                    .param("next", next)
                    .query(BUCKET)
                    .optional();
            if (bucket.isEmpty()) {
                break;
            }
            held.add(bucket.get());
            seats += bucket.get().available();
            next = bucket.get().number() + 1;
        }
        return held;
    }

    private List<SeatBucket> allBuckets(InventoryLineKey key) {
        return jdbc.sql("""
                        SELECT bucket, available FROM inventory_line_bucket
                         WHERE session_id = :sessionId AND ticket_type_id = :ticketTypeId
                         ORDER BY bucket
                           FOR NO KEY UPDATE
                        """)
                .param("sessionId", key.sessionId())
                .param("ticketTypeId", key.ticketTypeId())
                .query(BUCKET)
                .list();
    }

    private void limitLockWaits() {
        // SET LOCAL ends with the transaction, so the pooled connection goes back with its default timeout.
        // A waiter that gives up fails with 55P03, which the transaction retry turns into a fresh attempt.
        // (SET takes no bind parameters; the value is a number from our own configuration.)
        jdbc.sql("SET LOCAL lock_timeout = '" + lockTimeout.toMillis() + "ms'").update();
    }

    @Override
    public void store(InventoryLineKey key, List<SeatBucket> buckets) {
        for (SeatBucket bucket : buckets) {
            int updated = jdbc.sql("""
                            UPDATE inventory_line_bucket SET available = :available
                             WHERE session_id = :sessionId AND ticket_type_id = :ticketTypeId AND bucket = :bucket
                            """)
                    .param("available", bucket.available())
                    .param("sessionId", key.sessionId())
                    .param("ticketTypeId", key.ticketTypeId())
                    .param("bucket", bucket.number())
                    .update();
            if (updated != 1) {
                throw new IllegalStateException("bucket " + bucket.number() + " of " + key + " vanished while held");
            }
        }
    }

    @Override
    public void lockLinesOf(UUID eventId) {
        // Line rows first, then their buckets, each in the one order: whoever locks several lines takes them alike.
        // No lock_timeout here: a sale holds its bucket for milliseconds, and waiting for it is the point.
        jdbc.sql("""
                        SELECT session_id, ticket_type_id FROM inventory_line
                         WHERE event_id = :eventId
                         ORDER BY session_id, ticket_type_id
                           FOR NO KEY UPDATE
                        """)
                .param("eventId", eventId)
                .query((rs, rowNum) -> rowNum)
                .list();
        jdbc.sql("""
                        SELECT bucket.bucket FROM inventory_line_bucket bucket
                          JOIN inventory_line line ON line.session_id = bucket.session_id
                                                  AND line.ticket_type_id = bucket.ticket_type_id
                         WHERE line.event_id = :eventId
                         ORDER BY bucket.session_id, bucket.ticket_type_id, bucket.bucket
                           FOR NO KEY UPDATE OF bucket
                        """)
                .param("eventId", eventId)
                .query((rs, rowNum) -> rowNum)
                .list();
    }

    @Override
    public void update(InventoryLine line) {
        jdbc.sql("""
                        UPDATE inventory_line SET capacity = :capacity
                         WHERE session_id = :sessionId AND ticket_type_id = :ticketTypeId AND capacity <> :capacity
                        """)
                .param("capacity", line.capacity())
                .param("sessionId", line.key().sessionId())
                .param("ticketTypeId", line.key().ticketTypeId())
                .update();
        // Under the whole line's lock: the buckets read here are the ones this transaction holds.
        List<SeatBucket> buckets = jdbc.sql("""
                        SELECT bucket, available FROM inventory_line_bucket
                         WHERE session_id = :sessionId AND ticket_type_id = :ticketTypeId
                         ORDER BY bucket
                        """)
                .param("sessionId", line.key().sessionId())
                .param("ticketTypeId", line.key().ticketTypeId())
                .query(BUCKET)
                .list();
        if (buckets.isEmpty()) {
            throw new IllegalStateException("inventory line vanished while locked: " + line.key());
        }
        int onSale = buckets.stream().mapToInt(SeatBucket::available).sum();
        store(line.key(), BucketLayout.moveSeats(buckets, line.available() - onSale));
    }

    @Override
    public void addMissing(List<InventoryLine> lines) {
        for (InventoryLine line : lines) {
            // DO NOTHING, never DO UPDATE: a redelivered or re-published EventPublished carries the full capacity,
            // and writing it over a line that already sold seats would sell those seats a second time.
            int added = jdbc.sql("""
                            INSERT INTO inventory_line (event_id, session_id, ticket_type_id, capacity,
                                                        max_seats_per_user)
                            VALUES (:eventId, :sessionId, :ticketTypeId, :capacity, :maxSeatsPerUser)
                            ON CONFLICT (session_id, ticket_type_id) DO NOTHING
                            """)
                    .param("eventId", line.key().eventId())
                    .param("sessionId", line.key().sessionId())
                    .param("ticketTypeId", line.key().ticketTypeId())
                    .param("capacity", line.capacity())
                    .param("maxSeatsPerUser", line.maxSeatsPerUser())
                    .update();
            if (added == 1) {
                addBuckets(line);
            }
        }
    }

    private void addBuckets(InventoryLine line) {
        int buckets = layout.bucketsFor(line.capacity());
        for (int number = 0; number < buckets; number++) {
            jdbc.sql("""
                            INSERT INTO inventory_line_bucket (session_id, ticket_type_id, bucket, available)
                            VALUES (:sessionId, :ticketTypeId, :bucket, :available)
                            """)
                    .param("sessionId", line.key().sessionId())
                    .param("ticketTypeId", line.key().ticketTypeId())
                    .param("bucket", number)
                    .param("available", BucketLayout.share(line.available(), buckets, number))
                    .update();
        }
    }

    @Override
    public void retire(UUID eventId, UUID ticketTypeId, Instant retiredAt) {
        jdbc.sql("""
                        UPDATE inventory_line SET retired_at = :retiredAt
                         WHERE event_id = :eventId AND ticket_type_id = :ticketTypeId AND retired_at IS NULL
                        """)
                .param("retiredAt", SqlTime.utc(retiredAt))
                .param("eventId", eventId)
                .param("ticketTypeId", ticketTypeId)
                .update();
    }

    @Override
    public List<InventoryLine> linesOf(UUID eventId) {
        return jdbc.sql("""
                        SELECT line.event_id, line.session_id, line.ticket_type_id, line.capacity, line.available,
                               line.max_seats_per_user, line.retired_at IS NOT NULL AS retired
                          FROM inventory_line_seats line
                          JOIN event_session session ON session.session_id = line.session_id
                          JOIN event_ticket_type type ON type.ticket_type_id = line.ticket_type_id
                         WHERE line.event_id = :eventId
                         ORDER BY session.position, type.position
                        """)
                .param("eventId", eventId)
                .query(LINE)
                .list();
    }
}
