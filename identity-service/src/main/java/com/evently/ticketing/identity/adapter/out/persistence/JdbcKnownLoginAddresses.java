package com.evently.ticketing.identity.adapter.out.persistence;

import com.evently.ticketing.identity.application.port.out.KnownLoginAddresses;
import com.evently.ticketing.identity.domain.ClientAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;

@Repository
class JdbcKnownLoginAddresses implements KnownLoginAddresses {

    private final JdbcClient jdbc;

    JdbcKnownLoginAddresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isKnown(String account, ClientAddress address, Instant since) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM known_login_addresses
                                       WHERE account = :account AND client_address = :address AND last_login_at >= :since)
                        """)
                .param("account", account)
                .param("address", address.value())
                .param("since", Timestamp.from(since))
                .query(Boolean.class)
                .single();
    }

    @Override
    public void remember(String account, ClientAddress address, Instant loggedInAt) {
        jdbc.sql("""
                        INSERT INTO known_login_addresses (account, client_address, last_login_at)
                        VALUES (:account, :address, :loggedInAt)
                        ON CONFLICT (account, client_address) DO UPDATE SET
                          last_login_at = greatest(known_login_addresses.last_login_at, EXCLUDED.last_login_at)
                        """)
                .param("account", account)
                .param("address", address.value())
                .param("loggedInAt", Timestamp.from(loggedInAt))
                .update();
    }
}
