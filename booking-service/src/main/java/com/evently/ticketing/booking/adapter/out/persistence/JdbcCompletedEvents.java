package com.evently.ticketing.booking.adapter.out.persistence;

import com.evently.ticketing.booking.application.port.out.CompletedEvents;
import com.evently.ticketing.booking.domain.EventCompletion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;
import java.util.UUID;

import static com.evently.ticketing.booking.adapter.out.persistence.SqlTime.instant;
import static com.evently.ticketing.booking.adapter.out.persistence.SqlTime.utc;

@Repository
class JdbcCompletedEvents implements CompletedEvents {

    private final JdbcClient jdbc;

    JdbcCompletedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addIfAbsent(EventCompletion completion) {
        jdbc.sql("""
                        INSERT INTO completed_event (event_id, completed_at)
                        VALUES (:eventId, :completedAt)
                        ON CONFLICT (event_id) DO NOTHING
                        """)
                .param("eventId", completion.eventId())
                .param("completedAt", utc(completion.completedAt()))
                .update();
    }

    @Override
    public Optional<EventCompletion> find(UUID eventId) {
        return jdbc.sql("SELECT event_id, completed_at FROM completed_event WHERE event_id = :eventId")
                .param("eventId", eventId)
                .query((rs, rowNum) -> new EventCompletion(rs.getObject("event_id", UUID.class),
                        instant(rs, "completed_at")))
                .optional();
    }
}
