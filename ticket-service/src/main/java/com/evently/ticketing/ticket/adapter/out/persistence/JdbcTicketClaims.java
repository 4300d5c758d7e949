package com.evently.ticketing.ticket.adapter.out.persistence;

import com.evently.ticketing.ticket.application.port.out.TicketClaims;
import com.evently.ticketing.ticket.domain.TicketClaim;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code ticket_claim}: one row per ticket held for a claim, found by its token's hash. */
public class JdbcTicketClaims implements TicketClaims {

    private final JdbcClient jdbc;

    public JdbcTicketClaims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(TicketClaim claim) {
        jdbc.sql("""
                        INSERT INTO ticket_claim (ticket_id, token_hash, created_at, expires_at, claimed_by, claimed_at,
                                                  returned_at)
                        VALUES (:ticketId, :tokenHash, :createdAt, :expiresAt, :claimedBy, :claimedAt, :returnedAt)
                        """)
                .param("ticketId", claim.ticketId())
                .param("tokenHash", claim.tokenHash())
                .param("createdAt", timestamp(claim.createdAt()))
                .param("expiresAt", timestamp(claim.expiresAt()))
                .param("claimedBy", claim.claimedBy())
                .param("claimedAt", timestamp(claim.claimedAt()))
                .param("returnedAt", timestamp(claim.returnedAt()))
                .update();
    }

    @Override
    public Optional<TicketClaim> byTokenHash(String tokenHash) {
        return jdbc.sql("""
                        SELECT ticket_id, token_hash, created_at, expires_at, claimed_by, claimed_at, returned_at
                        FROM ticket_claim WHERE token_hash = :tokenHash
                        """)
                .param("tokenHash", tokenHash)
                .query(JdbcTicketClaims::claim)
                .optional();
    }

    @Override
    public void update(TicketClaim claim) {
        jdbc.sql("""
                        UPDATE ticket_claim SET claimed_by = :claimedBy, claimed_at = :claimedAt, returned_at = :returnedAt
                        WHERE ticket_id = :ticketId
                        """)
                .param("ticketId", claim.ticketId())
                .param("claimedBy", claim.claimedBy())
                .param("claimedAt", timestamp(claim.claimedAt()))
                .param("returnedAt", timestamp(claim.returnedAt()))
                .update();
    }

    @Override
    public List<TicketClaim> lockExpiredUnclaimed(Instant now, int limit) {
        // SKIP LOCKED: a second replica takes the next claims instead of waiting for (and then redoing) these;
        // served by the partial index ticket_claim_open_by_expiry
        return jdbc.sql("""
                        SELECT c.ticket_id, c.token_hash, c.created_at, c.expires_at, c.claimed_by, c.claimed_at,
                               c.returned_at
                        FROM ticket_claim c JOIN ticket t ON t.id = c.ticket_id
                        WHERE c.claimed_by IS NULL AND c.returned_at IS NULL AND c.expires_at <= :now
                          AND t.status = 'VALID' AND t.awaiting_claim
                        ORDER BY c.expires_at, c.ticket_id
                        LIMIT :limit
                        FOR UPDATE OF c SKIP LOCKED
                        """)
                .param("now", timestamp(now))
                .param("limit", limit)
                .query(JdbcTicketClaims::claim)
                .list();
    }

    private static TicketClaim claim(ResultSet row, int rowNumber) throws SQLException {
        return new TicketClaim(row.getObject("ticket_id", UUID.class), row.getString("token_hash"),
                instant(row, "created_at"), instant(row, "expires_at"), row.getObject("claimed_by", UUID.class),
                instant(row, "claimed_at"), instant(row, "returned_at"));
    }

    // OffsetDateTime in UTC maps to timestamptz without the JVM's default zone taking part
    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
