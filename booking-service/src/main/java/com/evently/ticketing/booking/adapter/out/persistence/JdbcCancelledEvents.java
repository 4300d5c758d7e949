package com.evently.ticketing.booking.adapter.out.persistence;

import com.evently.ticketing.booking.application.port.out.CancelledEvents;
import com.evently.ticketing.booking.domain.EventCancellation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;
import java.util.UUID;

import static com.evently.ticketing.booking.adapter.out.persistence.SqlTime.instant;
import static com.evently.ticketing.booking.adapter.out.persistence.SqlTime.utc;

@Repository
class JdbcCancelledEvents implements CancelledEvents {

    private final JdbcClient jdbc;

    JdbcCancelledEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addIfAbsent(EventCancellation cancellation) {
        // cancelled_event has no foreign key to published_event: a row for an event booking never received is the
        // tombstone that keeps a late EventPublished off sale. DO NOTHING: the first notice of a cancellation stays.
        jdbc.sql("""
                        INSERT INTO cancelled_event (event_id, reason, cancelled_at)
                        VALUES (:eventId, :reason, :cancelledAt)
                        ON CONFLICT (event_id) DO NOTHING
                        """)
                .param("eventId", cancellation.eventId())
                .param("reason", cancellation.reason())
                .param("cancelledAt", utc(cancellation.cancelledAt()))
                .update();
    }

    @Override
    public Optional<EventCancellation> find(UUID eventId) {
        return jdbc.sql("SELECT event_id, reason, cancelled_at FROM cancelled_event WHERE event_id = :eventId")
                .param("eventId", eventId)
                .query((rs, rowNum) -> new EventCancellation(rs.getObject("event_id", UUID.class),
                        rs.getString("reason"), instant(rs, "cancelled_at")))
                .optional();
    }
}
