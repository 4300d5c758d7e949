package com.evently.ticketing.booking.adapter.out.persistence;

import com.evently.ticketing.booking.application.port.out.Inventory;
import com.evently.ticketing.booking.domain.InventoryLine;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class JdbcInventory implements Inventory {

    private static final RowMapper<InventoryLine> LINE = (rs, rowNum) -> new InventoryLine(
            new InventoryLineKey(rs.getObject("event_id", UUID.class), rs.getObject("session_id", UUID.class),
                    rs.getObject("ticket_type_id", UUID.class)),
            rs.getInt("capacity"),
            rs.getInt("available"),
            rs.getObject("max_seats_per_user", Integer.class),
            rs.getBoolean("retired"));

    private final JdbcClient jdbc;
    private final Duration lockTimeout;

    public JdbcInventory(JdbcClient jdbc, Duration lockTimeout) {
        this.jdbc = jdbc;
        this.lockTimeout = lockTimeout;
    }

    @Override
    public Optional<InventoryLine> lockLine(InventoryLineKey key) {
        // SET LOCAL ends with the transaction, so the pooled connection goes back with its default timeout.
        // A waiter that gives up fails with 55P03, which the transaction retry turns into a fresh attempt.
        // (SET takes no bind parameters; the value is a number from our own configuration.)
        jdbc.sql("SET LOCAL lock_timeout = '" + lockTimeout.toMillis() + "ms'").update();
        // FOR NO KEY UPDATE: every booking of this line queues here until the holder commits, so the availability
        // read below cannot go stale between the check and the update (no overselling, no lost update). Not FOR
        // UPDATE: that would also block the share lock PostgreSQL takes on a line when a booking row that points to
        // it is written, and a booking moved to another line before its lines were taken would then break their
        // lock order.
        return jdbc.sql("""
                        SELECT event_id, session_id, ticket_type_id, capacity, available, max_seats_per_user,
                               retired_at IS NOT NULL AS retired
                          FROM inventory_line
                         WHERE event_id = :eventId AND session_id = :sessionId AND ticket_type_id = :ticketTypeId
                           FOR NO KEY UPDATE
                        """)
                .param("eventId", key.eventId())
                .param("sessionId", key.sessionId())
                .param("ticketTypeId", key.ticketTypeId())
                .query(LINE)
                .optional();
    }

    @Override
    public void lockLinesOf(UUID eventId) {
        // Primary key order: whoever locks several lines of one event takes them in the same order (no deadlock).
        // No lock_timeout here: a booking holds its line for milliseconds, and waiting for it is the point.
        jdbc.sql("""
                        SELECT session_id, ticket_type_id FROM inventory_line
                         WHERE event_id = :eventId
                         ORDER BY session_id, ticket_type_id
                           FOR NO KEY UPDATE
                        """)
                .param("eventId", eventId)
                .query((rs, rowNum) -> rowNum)
                .list();
    }

    @Override
    public void update(InventoryLine line) {
        int updated = jdbc.sql("""
                        UPDATE inventory_line SET capacity = :capacity, available = :available
                         WHERE session_id = :sessionId AND ticket_type_id = :ticketTypeId
                        """)
                .param("capacity", line.capacity())
                .param("available", line.available())
                .param("sessionId", line.key().sessionId())
                .param("ticketTypeId", line.key().ticketTypeId())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("inventory line vanished while locked: " + line.key());
        }
    }

    @Override
    public void addMissing(List<InventoryLine> lines) {
        for (InventoryLine line : lines) {
            // DO NOTHING, never DO UPDATE: a redelivered or re-published EventPublished carries the full capacity,
            // and writing it over a line that already sold seats would sell those seats a second time.
            jdbc.sql("""
                            INSERT INTO inventory_line (event_id, session_id, ticket_type_id, capacity, available,
                                                        max_seats_per_user)
                            VALUES (:eventId, :sessionId, :ticketTypeId, :capacity, :available, :maxSeatsPerUser)
                            ON CONFLICT (session_id, ticket_type_id) DO NOTHING
                            """)
                    .param("eventId", line.key().eventId())
                    .param("sessionId", line.key().sessionId())
                    .param("ticketTypeId", line.key().ticketTypeId())
                    .param("capacity", line.capacity())
                    .param("available", line.available())
                    .param("maxSeatsPerUser", line.maxSeatsPerUser())
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
                          FROM inventory_line line
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
