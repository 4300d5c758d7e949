package com.evently.ticketing.identity.adapter.out.persistence;

import com.evently.ticketing.identity.application.port.out.PasswordResetTokens;
import com.evently.ticketing.identity.domain.PasswordResetToken;
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
class JdbcPasswordResetTokens implements PasswordResetTokens {

    private static final String SELECT_TOKEN = """
            SELECT id, user_id, token_hash, requested_at, expires_at, used_at
            FROM password_reset_tokens WHERE token_hash = :tokenHash
            """;

    private final JdbcClient jdbc;

    JdbcPasswordResetTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(PasswordResetToken token) {
        jdbc.sql("""
                        INSERT INTO password_reset_tokens (id, user_id, token_hash, requested_at, expires_at)
                        VALUES (:id, :userId, :tokenHash, :requestedAt, :expiresAt)
                        """)
                .param("id", token.id())
                .param("userId", token.userId())
                .param("tokenHash", token.hash().hex())
                .param("requestedAt", Timestamp.from(token.requestedAt()))
                .param("expiresAt", Timestamp.from(token.expiresAt()))
                .update();
    }

    @Override
    public Optional<PasswordResetToken> findByHash(TokenHash hash) {
        return jdbc.sql(SELECT_TOKEN).param("tokenHash", hash.hex()).query(JdbcPasswordResetTokens::token).optional();
    }

    @Override
    public Optional<PasswordResetToken> lockByHash(TokenHash hash) {
        return jdbc.sql(SELECT_TOKEN + "FOR UPDATE")
                .param("tokenHash", hash.hex())
                .query(JdbcPasswordResetTokens::token)
                .optional();
    }

    @Override
    public void useUpAllOf(UUID userId, Instant usedAt) {
        jdbc.sql("UPDATE password_reset_tokens SET used_at = :usedAt WHERE user_id = :userId AND used_at IS NULL")
                .param("userId", userId)
                .param("usedAt", Timestamp.from(usedAt))
                .update();
    }

    private static PasswordResetToken token(ResultSet row, int rowNumber) throws SQLException {
        return new PasswordResetToken(
                row.getObject("id", UUID.class),
                row.getObject("user_id", UUID.class),
                new TokenHash(row.getString("token_hash")),
                row.getTimestamp("requested_at").toInstant(),
                row.getTimestamp("expires_at").toInstant(),
                JdbcRefreshTokens.instantOrNull(row.getTimestamp("used_at")));
    }
}
