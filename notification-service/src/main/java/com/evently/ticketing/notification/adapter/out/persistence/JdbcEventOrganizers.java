package com.evently.ticketing.notification.adapter.out.persistence;

import com.evently.ticketing.notification.application.port.out.EventOrganizers;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Optional;
import java.util.UUID;

/** {@code webhook_event_organizer}: an event's organizer does not change, so the first word on it stays. */
public class JdbcEventOrganizers implements EventOrganizers {

    private final JdbcClient jdbc;

    public JdbcEventOrganizers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void remember(UUID eventId, UUID organizerId) {
        jdbc.sql("""
                        INSERT INTO webhook_event_organizer (event_id, organizer_id) VALUES (:event, :organizer)
                        ON CONFLICT (event_id) DO NOTHING
                        """)
                .param("event", eventId).param("organizer", organizerId).update();
    }

    @Override
    public Optional<UUID> organizerOf(UUID eventId) {
        return jdbc.sql("SELECT organizer_id FROM webhook_event_organizer WHERE event_id = :event")
                .param("event", eventId).query(UUID.class).optional();
    }
}
