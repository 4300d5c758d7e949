package com.evently.ticketing.booking;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Booking's inbox, read directly: its row for an event commits together with the change the event caused, so
 * once the row is visible, so is the change.
 */
record Inbox(JdbcClient jdbc) {

    int rowsFor(String ceId) {
        return jdbc.sql("SELECT count(*) FROM inbox WHERE event_id = :id")
                .param("id", UUID.fromString(ceId)).query(Integer.class).single();
    }

    void awaitProcessed(String ceId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> rowsFor(ceId) == 1);
    }
}
