package com.evently.ticketing.ticket.adapter.out.persistence;

import com.evently.ticketing.ticket.application.port.out.EventOrganizers;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Optional;
import java.util.UUID;

/** {@code event_organizer}: one row per event. */
public class JdbcEventOrganizers implements EventOrganizers {

    private final JdbcClient jdbc;

    public JdbcEventOrganizers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(UUID eventId, UUID organizerId) {
        jdbc.sql("""
                        INSERT INTO event_organizer (event_id, organizer_id) VALUES (:eventId, :organizerId)
                        ON CONFLICT (event_id) DO UPDATE SET organizer_id = EXCLUDED.organizer_id
                        """)
                .param("eventId", eventId)
                .param("organizerId", organizerId)
                .update();
    }

    @Override
    public Optional<UUID> organizerOf(UUID eventId) {
        return jdbc.sql("SELECT organizer_id FROM event_organizer WHERE event_id = :eventId")
                .param("eventId", eventId)
                .query(UUID.class)
                .optional();
    }
}
