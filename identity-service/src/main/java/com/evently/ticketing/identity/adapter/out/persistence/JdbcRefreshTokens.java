package com.evently.ticketing.identity.adapter.out.persistence;

import com.evently.ticketing.identity.application.port.out.RefreshTokens;
import com.evently.ticketing.identity.domain.RefreshToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;

@Repository
class JdbcRefreshTokens implements RefreshTokens {

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
}
