package com.evently.ticketing.identity.adapter.out.persistence;

import com.evently.ticketing.identity.application.port.out.RefreshTokens;
import com.evently.ticketing.identity.domain.RefreshToken;
import com.evently.ticketing.identity.domain.TokenHash;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Repository
class JdbcRefreshTokens implements RefreshTokens {

    private static final String SELECT_TOKEN = """
            SELECT id, family_id, user_id, token_hash, issued_at, expires_at, used_at, revoked_at, sealed_successor,
                   handover_until
            FROM refresh_tokens
            """;

    private final JdbcClient jdbc;

    JdbcRefreshTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(RefreshToken token) {
        jdbc.sql("""
                        INSERT INTO refresh_tokens (id, family_id, user_id, token_hash, issued_at, expires_at)
                        VALUES (:id, :familyId, :userId, :tokenHash, :issuedAt, :expiresAt)
                        """)
                .param("id", token.id())
                .param("familyId", token.familyId())
                .param("userId", token.userId())
                .param("tokenHash", token.hash().hex())
                .param("issuedAt", Timestamp.from(token.issuedAt()))
                .param("expiresAt", Timestamp.from(token.expiresAt()))
                .update();
    }

    @Override
    public Optional<RefreshToken> lockByHash(TokenHash hash) {
        // FOR UPDATE: two requests presenting one token queue here; the second sees it used, with its handover
        return jdbc.sql(SELECT_TOKEN + "WHERE token_hash = :tokenHash FOR UPDATE")
                .param("tokenHash", hash.hex())
                .query(JdbcRefreshTokens::refreshToken)
                .optional();
    }

    @Override
    public Optional<RefreshToken> findByHash(TokenHash hash) {
        return jdbc.sql(SELECT_TOKEN + "WHERE token_hash = :tokenHash")
                .param("tokenHash", hash.hex())
                .query(JdbcRefreshTokens::refreshToken)
                .optional();
    }

    @Override
    public void markUsed(UUID tokenId, Instant usedAt, RefreshToken.Handover handover) {
        jdbc.sql("""
                        UPDATE refresh_tokens SET used_at = :usedAt, sealed_successor = :sealedSuccessor,
                          handover_until = :handoverUntil
                        WHERE id = :id
                        """)
                .param("id", tokenId)
                .param("usedAt", Timestamp.from(usedAt))
                .param("sealedSuccessor", handover.sealedSuccessor())
                .param("handoverUntil", Timestamp.from(handover.until()))
                .update();
    }

    @Override
    public void revokeFamily(UUID familyId, Instant revokedAt) {
        // a token revoked earlier keeps its first revocation time
        jdbc.sql("UPDATE refresh_tokens SET revoked_at = :revokedAt WHERE family_id = :familyId AND revoked_at IS NULL")
                .param("familyId", familyId)
                .param("revokedAt", Timestamp.from(revokedAt))
                .update();
    }

    @Override
    public void revokeAllOf(UUID userId, Instant revokedAt) {
        jdbc.sql("UPDATE refresh_tokens SET revoked_at = :revokedAt WHERE user_id = :userId AND revoked_at IS NULL")
                .param("userId", userId)
                .param("revokedAt", Timestamp.from(revokedAt))
                .update();
    }

    @Override
    public int eraseHandoversEndedBefore(Instant cutoff) {
        return jdbc.sql("""
                        UPDATE refresh_tokens SET sealed_successor = NULL, handover_until = NULL
                        WHERE sealed_successor IS NOT NULL AND handover_until < :cutoff
                        """)
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }

    private static RefreshToken refreshToken(ResultSet row, int rowNumber) throws SQLException {
        return new RefreshToken(
                row.getObject("id", UUID.class),
                row.getObject("family_id", UUID.class),
                row.getObject("user_id", UUID.class),
                new TokenHash(row.getString("token_hash")),
                row.getTimestamp("issued_at").toInstant(),
                row.getTimestamp("expires_at").toInstant(),
                instantOrNull(row.getTimestamp("used_at")),
                instantOrNull(row.getTimestamp("revoked_at")),
                handover(row));
    }

    private static RefreshToken.Handover handover(ResultSet row) throws SQLException {
        String sealedSuccessor = row.getString("sealed_successor");
        Timestamp until = row.getTimestamp("handover_until");
        return sealedSuccessor == null || until == null ? null : new RefreshToken.Handover(sealedSuccessor, until.toInstant());
    }

    static Instant instantOrNull(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
