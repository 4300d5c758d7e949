package com.evently.ticketing.booking.adapter.out.persistence;

import com.evently.ticketing.booking.application.port.out.AvailabilityPublications;
import com.evently.ticketing.booking.domain.AvailabilityChange;
import com.evently.ticketing.booking.domain.AvailabilityNotice;
import com.evently.ticketing.booking.domain.InventoryLine;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.evently.ticketing.booking.adapter.out.persistence.SqlTime.utc;

/**
 * availability_publication holds, per inventory line, what was last announced. It is never joined to the line with
 * a lock: the booking critical section holds lines FOR UPDATE, and announcing must never make a buyer wait.
 */
@Repository
class JdbcAvailabilityPublications implements AvailabilityPublications {

    private final JdbcClient jdbc;

    JdbcAvailabilityPublications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AvailabilityChange> claimChanged(int limit) {
        // New lines get a row with nothing announced yet. DO NOTHING: a replica inserting the same row concurrently
        // waits for this transaction and then leaves the row (and its claim) to it.
        jdbc.sql("""
                        INSERT INTO availability_publication (session_id, ticket_type_id, event_id)
                        SELECT line.session_id, line.ticket_type_id, line.event_id
                          FROM inventory_line line
                         WHERE NOT EXISTS (SELECT 1 FROM availability_publication published
                                            WHERE published.session_id = line.session_id
                                              AND published.ticket_type_id = line.ticket_type_id)
                        ON CONFLICT (session_id, ticket_type_id) DO NOTHING
                        """)
                .update();
        // FOR UPDATE OF published SKIP LOCKED: a replica claims only publication rows (never the inventory line, read
        // as committed) and passes over rows another replica is announcing, so no line is announced twice.
        // The seats left are summed over all buckets in one pass, as inventory_line_seats would do line by line: a
        // run compares every line, and looking up each line's buckets was 16 pages a line, once a second.
        return jdbc.sql("""
                        SELECT line.event_id, line.session_id, line.ticket_type_id, line.capacity,
                               coalesce(seats.available, 0) AS available, published.observed_at
                          FROM availability_publication published
                          JOIN inventory_line line ON line.session_id = published.session_id
                                                  AND line.ticket_type_id = published.ticket_type_id
                          LEFT JOIN (SELECT session_id, ticket_type_id, sum(available)::integer AS available
                                       FROM inventory_line_bucket
                                      GROUP BY session_id, ticket_type_id) seats
                                 ON seats.session_id = line.session_id AND seats.ticket_type_id = line.ticket_type_id
                         WHERE (published.capacity, published.available)
                               IS DISTINCT FROM (line.capacity, coalesce(seats.available, 0))
                         LIMIT :limit
                           FOR UPDATE OF published SKIP LOCKED
                        """)
                .param("limit", limit)
                .query((rs, rowNum) -> {
                    OffsetDateTime observedAt = rs.getObject("observed_at", OffsetDateTime.class);
                    return new AvailabilityChange(
                            new InventoryLine(new InventoryLineKey(rs.getObject("event_id", UUID.class),
                                    rs.getObject("session_id", UUID.class), rs.getObject("ticket_type_id", UUID.class)),
                                    rs.getInt("capacity"), rs.getInt("available")),
                            Optional.ofNullable(observedAt).map(OffsetDateTime::toInstant));
                })
                .list();
    }

    @Override
    public void recordAnnounced(List<AvailabilityNotice> notices) {
        for (AvailabilityNotice notice : notices) {
            jdbc.sql("""
                            UPDATE availability_publication
                               SET capacity = :capacity, available = :available, observed_at = :observedAt
                             WHERE session_id = :sessionId AND ticket_type_id = :ticketTypeId
                            """)
                    .param("capacity", notice.line().capacity())
                    .param("available", notice.line().available())
                    .param("observedAt", utc(notice.observedAt()))
                    .param("sessionId", notice.line().key().sessionId())
                    .param("ticketTypeId", notice.line().key().ticketTypeId())
                    .update();
        }
    }
}
