package com.evently.ticketing.analytics.adapter.out.persistence;

import com.evently.ticketing.analytics.application.port.out.EventStatistics;
import com.evently.ticketing.analytics.domain.EventListing;
import com.evently.ticketing.analytics.domain.EventStats;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * Table {@code event_stats}, one row per event. Catalog and booking topics are not ordered relative to each
 * other, so whichever event comes first creates the row and the other fills in its own columns: both writes
 * are upserts that touch only the columns they own, and neither can wipe out the other's data.
 */
@Repository
class JdbcEventStatistics implements EventStatistics {

    private final JdbcClient jdbc;

    JdbcEventStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void saveListing(EventListing listing) {
        // upsert that leaves the counts alone: bookings may have been counted before the event was listed
        jdbc.sql("""
                        INSERT INTO event_stats (event_id, organizer_id, title, capacity, updated_at)
                        VALUES (:eventId, :organizerId, :title, :capacity, now())
                        ON CONFLICT (event_id) DO UPDATE
                           SET organizer_id = EXCLUDED.organizer_id,
                               title = EXCLUDED.title,
                               capacity = EXCLUDED.capacity,
                               updated_at = now()
                        """)
                .param("eventId", listing.eventId())
                .param("organizerId", listing.organizerId())
                .param("title", listing.title())
                .param("capacity", listing.capacity())
                .update();
    }

    @Override
    public void addConfirmedBooking(UUID eventId, int seats) {
        // increment in SQL (not read-modify-write) so concurrent consumers never overwrite each other's counts;
        // inserts a row without a listing when the booking arrives before its event
        jdbc.sql("""
                        INSERT INTO event_stats (event_id, confirmed_seats, confirmed_bookings, updated_at)
                        VALUES (:eventId, :seats, 1, now())
                        ON CONFLICT (event_id) DO UPDATE
                           SET confirmed_seats = event_stats.confirmed_seats + EXCLUDED.confirmed_seats,
                               confirmed_bookings = event_stats.confirmed_bookings + 1,
                               updated_at = now()
                        """)
                .param("eventId", eventId)
                .param("seats", seats)
                .update();
    }

    @Override
    public Optional<EventStats> findListed(UUID eventId) {
        // organizer_id stays null until the catalog's event arrives: such a row is not a listed event yet
        return jdbc.sql("""
                        SELECT event_id, organizer_id, title, capacity,
                               confirmed_seats, confirmed_bookings, cancelled_seats
                          FROM event_stats
                         WHERE event_id = :eventId AND organizer_id IS NOT NULL
                        """)
                .param("eventId", eventId)
                .query((row, rowNumber) -> toEventStats(row))
                .optional();
    }

    private static EventStats toEventStats(ResultSet row) throws SQLException {
        return new EventStats(
                row.getObject("event_id", UUID.class),
                row.getObject("organizer_id", UUID.class),
                row.getString("title"),
                row.getInt("capacity"),
                row.getInt("confirmed_seats"),
                row.getInt("confirmed_bookings"),
                row.getInt("cancelled_seats"));
    }
}
