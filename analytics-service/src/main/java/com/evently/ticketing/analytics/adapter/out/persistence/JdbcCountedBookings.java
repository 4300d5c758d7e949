package com.evently.ticketing.analytics.adapter.out.persistence;

import com.evently.ticketing.analytics.application.port.out.CountedBookings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.UUID;

/** Table {@code counted_bookings}, keyed by booking id; the event and seats are kept for later cancellations. */
@Repository
class JdbcCountedBookings implements CountedBookings {

    private final JdbcClient jdbc;

    JdbcCountedBookings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean markCounted(UUID bookingId, UUID eventId, int seats) {
        // the primary key decides, even between concurrent transactions: exactly one insert wins per booking
        int inserted = jdbc.sql("""
                        INSERT INTO counted_bookings (booking_id, event_id, seats, counted_at)
                        VALUES (:bookingId, :eventId, :seats, now())
                        ON CONFLICT (booking_id) DO NOTHING
                        """)
                .param("bookingId", bookingId)
                .param("eventId", eventId)
                .param("seats", seats)
                .update();
        return inserted == 1;
    }
}
