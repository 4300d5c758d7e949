package com.evently.ticketing.ticket.adapter.out.persistence;

import com.evently.ticketing.ticket.application.port.out.KnownBookings;
import com.evently.ticketing.ticket.domain.KnownBooking;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** One row per booking in {@code known_booking}. */
public class JdbcKnownBookings implements KnownBookings {

    private final JdbcClient jdbc;

    public JdbcKnownBookings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public KnownBooking lock(UUID bookingId) {
        // insert-if-absent first: two transactions about a booking seen for the first time would otherwise both
        // find no row to lock and proceed side by side
        jdbc.sql("INSERT INTO known_booking (booking_id, revision) VALUES (:bookingId, 0) ON CONFLICT DO NOTHING")
                .param("bookingId", bookingId)
                .update();
        return jdbc.sql("""
                        SELECT booking_id, revision, cancelled_at, cancellation_reason FROM known_booking
                        WHERE booking_id = :bookingId FOR UPDATE
                        """)
                .param("bookingId", bookingId)
                .query((row, rowNumber) -> {
                    OffsetDateTime cancelledAt = row.getObject("cancelled_at", OffsetDateTime.class);
                    return new KnownBooking(row.getObject("booking_id", UUID.class), row.getInt("revision"),
                            cancelledAt == null ? null : cancelledAt.toInstant(), row.getString("cancellation_reason"));
                })
                .single();
    }

    @Override
    public void save(KnownBooking booking) {
        jdbc.sql("""
                        UPDATE known_booking SET revision = :revision, cancelled_at = :cancelledAt,
                                                 cancellation_reason = :reason
                        WHERE booking_id = :bookingId
                        """)
                .param("bookingId", booking.bookingId())
                .param("revision", booking.revision())
                .param("cancelledAt", booking.cancelledAt() == null ? null : booking.cancelledAt().atOffset(ZoneOffset.UTC))
                .param("reason", booking.cancellationReason())
                .update();
    }
}
