package com.evently.ticketing.ticket.adapter.out.persistence;

import com.evently.ticketing.ticket.application.port.out.Accounts;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code known_account}: one row per account identity announced, with its newest announced address. */
public class JdbcAccounts implements Accounts {

    private final JdbcClient jdbc;

    public JdbcAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(UUID userId, String email, Instant announcedAt) {
        // an older announcement consumed late (a redrive from the DLT) keeps the newer address; a row from before
        // as_of existed (NULL) yields to any announcement
        jdbc.sql("""
                        INSERT INTO known_account (user_id, email, as_of) VALUES (:userId, :email, :asOf)
                        ON CONFLICT (user_id) DO UPDATE SET email = EXCLUDED.email, as_of = EXCLUDED.as_of
                         WHERE known_account.as_of IS NULL OR known_account.as_of <= EXCLUDED.as_of
                        """)
                .param("userId", userId)
                .param("email", email)
                .param("asOf", OffsetDateTime.ofInstant(announcedAt, ZoneOffset.UTC))
                .update();
    }

    @Override
    public Optional<UUID> soleAccountWith(String email) {
        // served by known_account_by_email; two rows for one address mean an announcement is still on its way
        List<UUID> accounts = jdbc.sql("SELECT user_id FROM known_account WHERE lower(email) = lower(:email) LIMIT 2")
                .param("email", email)
                .query(UUID.class)
                .list();
        return accounts.size() == 1 ? Optional.of(accounts.getFirst()) : Optional.empty();
    }
}
