package com.evently.ticketing.event;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.UUID;

/** What the service wrote to its outbox about one event: the announcements the relay sends to Kafka. */
final class EventOutbox {

    private final JdbcClient jdbc;

    EventOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> payloads(UUID eventId, String eventType) {
        return jdbc.sql("""
                        SELECT payload::text FROM outbox
                         WHERE aggregate_type = 'Event' AND aggregate_id = :id AND event_type = :type
                         ORDER BY occurred_at""")
                .param("id", eventId.toString())
                .param("type", eventType)
                .query(String.class)
                .list();
    }

    long count(UUID eventId) {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE aggregate_type = 'Event' AND aggregate_id = :id")
                .param("id", eventId.toString())
                .query(Long.class)
                .single();
    }
}
