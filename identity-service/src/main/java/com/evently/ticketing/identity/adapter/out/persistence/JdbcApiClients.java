package com.evently.ticketing.identity.adapter.out.persistence;

import com.evently.ticketing.identity.application.port.out.ApiClients;
import com.evently.ticketing.identity.domain.ApiClient;
import com.evently.ticketing.identity.domain.ApiClientPage;
import com.evently.ticketing.identity.domain.ApiScope;
import com.evently.ticketing.identity.domain.TokenHash;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Repository
class JdbcApiClients implements ApiClients {

    private static final String SELECT_CLIENT = """
            SELECT id, organizer_id, name, scopes, secret_hash, previous_secret_hash, previous_secret_valid_until,
                   registered_by, registered_at, revoked_at
            FROM api_clients
            """;

    private final JdbcClient jdbc;

    JdbcApiClients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(ApiClient client) {
        jdbc.sql("""
                        INSERT INTO api_clients (id, organizer_id, name, scopes, secret_hash, registered_by, registered_at)
                        VALUES (:id, :organizerId, :name, :scopes, :secretHash, :registeredBy, :registeredAt)
                        """)
                .param("id", client.id())
                .param("organizerId", client.organizerId())
                .param("name", client.name())
                .param("scopes", ApiScope.joined(client.scopes()))
                .param("secretHash", client.secretHash().hex())
                .param("registeredBy", client.registeredBy())
                .param("registeredAt", Timestamp.from(client.registeredAt()))
                .update();
    }

    @Override
    public Optional<ApiClient> findById(UUID id) {
        return jdbc.sql(SELECT_CLIENT + "WHERE id = :id").param("id", id).query(JdbcApiClients::apiClient).optional();
    }

    @Override
    public Optional<ApiClient> lockById(UUID id) {
        return jdbc.sql(SELECT_CLIENT + "WHERE id = :id FOR UPDATE").param("id", id)
                .query(JdbcApiClients::apiClient).optional();
    }

    @Override
    public void update(ApiClient client) {
        Optional<ApiClient.PreviousSecret> previous = Optional.ofNullable(client.previousSecret());
        jdbc.sql("""
                        UPDATE api_clients SET secret_hash = :secretHash, previous_secret_hash = :previousHash,
                          previous_secret_valid_until = :previousValidUntil, revoked_at = :revokedAt
                        WHERE id = :id
                        """)
                .param("id", client.id())
                .param("secretHash", client.secretHash().hex())
                .param("previousHash", previous.map(secret -> secret.hash().hex()).orElse(null))
                .param("previousValidUntil", previous.map(secret -> Timestamp.from(secret.validUntil())).orElse(null))
                .param("revokedAt", client.revocation().map(Timestamp::from).orElse(null))
                .update();
    }

    @Override
    public ApiClientPage page(Optional<UUID> organizerId, int page, int size) {
        String where = organizerId.isPresent() ? "WHERE organizer_id = :organizerId " : "";
        List<ApiClient> clients = jdbc.sql(SELECT_CLIENT + where
                        + "ORDER BY registered_at DESC, id LIMIT :limit OFFSET :offset")
                .paramSource(parameters(organizerId, page, size))
                .query(JdbcApiClients::apiClient)
                .list();
        long total = jdbc.sql("SELECT count(*) FROM api_clients " + where)
                .paramSource(parameters(organizerId, page, size))
                .query(Long.class).single();
        return new ApiClientPage(clients, total);
    }

    private static Map<String, Object> parameters(Optional<UUID> organizerId, int page, int size) {
        Map<String, Object> parameters = new HashMap<>();
        organizerId.ifPresent(id -> parameters.put("organizerId", id));
        parameters.put("limit", size);
        parameters.put("offset", (long) page * size);
        return parameters;
    }

    private static ApiClient apiClient(ResultSet row, int rowNumber) throws SQLException {
        String previousHash = row.getString("previous_secret_hash");
        ApiClient.PreviousSecret previous = previousHash == null ? null
                : new ApiClient.PreviousSecret(new TokenHash(previousHash),
                row.getTimestamp("previous_secret_valid_until").toInstant());
        return new ApiClient(
                row.getObject("id", UUID.class),
                row.getObject("organizer_id", UUID.class),
                row.getString("name"),
                ApiScope.allNamed(Arrays.asList(row.getString("scopes").split(" "))),
                new TokenHash(row.getString("secret_hash")),
                previous,
                row.getObject("registered_by", UUID.class),
                row.getTimestamp("registered_at").toInstant(),
                instant(row.getTimestamp("revoked_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
