package com.evently.ticketing.identity;

import com.evently.ticketing.contracts.EventTypes;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/** Reads what the service wrote to its outbox: the payloads it will publish, in the order it wrote them. */
record Outbox(JdbcClient jdbc, JsonMapper json) {

    List<String> payloads(String eventType, String key) {
        return jdbc.sql("SELECT payload::text FROM outbox WHERE event_type = :type AND aggregate_id = :key ORDER BY position")
                .param("type", eventType)
                .param("key", key)
                .query(String.class)
                .list();
    }

    /** The audit entries about one account (or one unknown e-mail address), oldest first. */
    List<JsonNode> auditTrailOf(String key) {
        return payloads(EventTypes.SECURITY_EVENT_RECORDED, key).stream().map(json::readTree).toList();
    }

    List<JsonNode> auditEntries(String key, String action) {
        return auditTrailOf(key).stream().filter(entry -> entry.get("action").asString().equals(action)).toList();
    }
}
