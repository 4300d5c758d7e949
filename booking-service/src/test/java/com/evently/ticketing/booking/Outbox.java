package com.evently.ticketing.booking;

import com.evently.ticketing.testsupport.ContractAssertions;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.UUID;

/** Booking's outbox, read directly: what the service announced, in order, each payload checked against its schema. */
record Outbox(JdbcClient jdbc) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    List<JsonNode> eventsOf(UUID bookingId, String eventType) {
        return jdbc.sql("""
                        SELECT payload::text FROM outbox
                         WHERE aggregate_id = :id AND event_type = :type ORDER BY position
                        """)
                .param("id", bookingId.toString())
                .param("type", eventType)
                .query(String.class).list().stream()
                .map(payload -> {
                    ContractAssertions.assertMatchesSchema(eventType, payload);
                    return JSON.readTree(payload);
                })
                .toList();
    }

    static List<UUID> uuids(JsonNode array) {
        return array.valueStream().map(node -> UUID.fromString(node.asString())).toList();
    }
}
