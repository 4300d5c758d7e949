package com.evently.ticketing.event.adapter.out.persistence;

import com.evently.ticketing.event.application.port.out.Availability;
import com.evently.ticketing.event.domain.SeatsLeft;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.ZoneOffset;

/** The {@code availability} table: one row per inventory line, the latest report booking sent of it. */
@Repository
class JdbcAvailability implements Availability {

    private final JdbcClient jdbc;

    JdbcAvailability(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(SeatsLeft report) {
        // one statement decides, so two reports of one line racing on two partitions' threads still keep the later
        jdbc.sql("""
                        INSERT INTO availability (session_id, ticket_type_id, event_id, capacity, available, observed_at)
                        VALUES (:sessionId, :ticketTypeId, :eventId, :capacity, :available, :observedAt)
                        ON CONFLICT (session_id, ticket_type_id) DO UPDATE
                           SET capacity = EXCLUDED.capacity, available = EXCLUDED.available,
                               observed_at = EXCLUDED.observed_at
                         WHERE availability.observed_at < EXCLUDED.observed_at""")
                .param("sessionId", report.sessionId())
                .param("ticketTypeId", report.ticketTypeId())
                .param("eventId", report.eventId())
                .param("capacity", report.capacity())
                .param("available", report.available())
                .param("observedAt", report.observedAt().atOffset(ZoneOffset.UTC))
                .update();
    }
}
