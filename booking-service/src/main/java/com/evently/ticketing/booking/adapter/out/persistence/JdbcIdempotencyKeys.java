package com.evently.ticketing.booking.adapter.out.persistence;

import com.evently.ticketing.booking.application.port.out.IdempotencyKeys;
import com.evently.ticketing.booking.domain.BookingId;
import com.evently.ticketing.booking.domain.IdempotencyKey;
import com.evently.ticketing.booking.domain.RequestFingerprint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.UUID;

@Repository
class JdbcIdempotencyKeys implements IdempotencyKeys {

    private final JdbcClient jdbc;

    JdbcIdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public KeyClaim claim(UUID userId, IdempotencyKey key, RequestFingerprint fingerprint, BookingId bookingId) {
        // The primary key serializes concurrent claims of one key: a second INSERT waits on the first one's
        // uncommitted row. If that transaction commits, ON CONFLICT DO NOTHING turns the duplicate key into
        // "0 rows" (never an error that would abort this transaction) and the winner's row is read below;
        // if it rolls back (sold out, failure), this claim goes through instead.
        int inserted = jdbc.sql("""
                        INSERT INTO idempotency_key (user_id, idempotency_key, request_fingerprint, booking_id)
                        VALUES (:userId, :key, :fingerprint, :bookingId)
                        ON CONFLICT (user_id, idempotency_key) DO NOTHING
                        """)
                .param("userId", userId)
                .param("key", key.value())
                .param("fingerprint", fingerprint.sha256Hex())
                .param("bookingId", bookingId.value())
                .update();
        if (inserted == 1) {
            return new KeyClaim.Claimed();
        }
        // A new statement sees rows committed since the INSERT began (READ COMMITTED): the winner's row is visible.
        return jdbc.sql("""
                        SELECT request_fingerprint, booking_id FROM idempotency_key
                         WHERE user_id = :userId AND idempotency_key = :key
                        """)
                .param("userId", userId)
                .param("key", key.value())
                .query((rs, rowNum) -> new KeyClaim.AlreadyClaimed(
                        new RequestFingerprint(rs.getString("request_fingerprint")),
                        new BookingId(rs.getObject("booking_id", UUID.class))))
                .optional()
                .orElseThrow(() -> new IllegalStateException("idempotency key conflicted but cannot be read back"));
    }
}
