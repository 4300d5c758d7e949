package com.evently.ticketing.booking;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

/**
 * Writes a test makes to inventory rows behind the use cases' backs. A line's seats on sale live in its bucket rows
 * ({@code inventory_line_bucket}); these writes spread a line's new total evenly over them, as a whole-line change
 * of the service does.
 */
record InventoryRows(JdbcClient jdbc) {

    /**
     * Sets the seats on sale of every line of the event to {@code availableSql}, an SQL expression over the line's
     * {@code line.capacity}, {@code line.available}, {@code line.session_id} and {@code line.ticket_type_id}.
     */
    void setAvailable(UUID eventId, String availableSql) {
        jdbc.sql("""
                        WITH target AS (SELECT line.session_id, line.ticket_type_id, %s AS available,
                                               (SELECT count(*) FROM inventory_line_bucket bucket
                                                 WHERE bucket.session_id = line.session_id
                                                   AND bucket.ticket_type_id = line.ticket_type_id) AS buckets
                                          FROM inventory_line_seats line
                                         WHERE line.event_id = :eventId)
                        UPDATE inventory_line_bucket bucket
                           SET available = target.available / target.buckets
                                           + CASE WHEN bucket.bucket < target.available %% target.buckets THEN 1 ELSE 0 END
                          FROM target
                         WHERE bucket.session_id = target.session_id AND bucket.ticket_type_id = target.ticket_type_id
                        """.formatted(availableSql))
                .param("eventId", eventId)
                .update();
    }

    /** Adds {@code seats} to the line's capacity and puts them on sale, in one transaction of their own. */
    void addSeats(UUID sessionId, UUID ticketTypeId, int seats) {
        jdbc.sql("""
                        WITH grown AS (UPDATE inventory_line SET capacity = capacity + :seats
                                        WHERE session_id = :sessionId AND ticket_type_id = :ticketTypeId)
                        UPDATE inventory_line_bucket SET available = available + :seats
                         WHERE session_id = :sessionId AND ticket_type_id = :ticketTypeId AND bucket = 0
                        """)
                .param("seats", seats)
                .param("sessionId", sessionId)
                .param("ticketTypeId", ticketTypeId)
                .update();
    }
}
