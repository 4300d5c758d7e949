package com.evently.ticketing.ticket.adapter.out.persistence;

import com.evently.ticketing.ticket.application.port.out.CheckInDevices;
import com.evently.ticketing.ticket.domain.CheckInDevice;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code check_in_device}: the devices and the hashes of their secrets. */
public class JdbcCheckInDevices implements CheckInDevices {

    private static final String COLUMNS = "id, event_id, name, created_by, created_at, revoked_at";

    private final JdbcClient jdbc;

    public JdbcCheckInDevices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(CheckInDevice device, String tokenHash) {
        jdbc.sql("INSERT INTO check_in_device (" + COLUMNS + ", token_hash) "
                        + "VALUES (:id, :eventId, :name, :createdBy, :createdAt, NULL, :tokenHash)")
                .param("id", device.id())
                .param("eventId", device.eventId())
                .param("name", device.name())
                .param("createdBy", device.createdBy())
                .param("createdAt", device.createdAt().atOffset(ZoneOffset.UTC))
                .param("tokenHash", tokenHash)
                .update();
    }

    @Override
    public Optional<CheckInDevice> byTokenHash(String tokenHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM check_in_device WHERE token_hash = :tokenHash")
                .param("tokenHash", tokenHash)
                .query(JdbcCheckInDevices::device)
                .optional();
    }

    @Override
    public List<CheckInDevice> ofEvent(UUID eventId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM check_in_device WHERE event_id = :eventId ORDER BY created_at, id")
                .param("eventId", eventId)
                .query(JdbcCheckInDevices::device)
                .list();
    }

    @Override
    public boolean revoke(UUID eventId, UUID deviceId, Instant at) {
        return jdbc.sql("""
                        UPDATE check_in_device SET revoked_at = :at
                        WHERE id = :deviceId AND event_id = :eventId AND revoked_at IS NULL
                        """)
                .param("deviceId", deviceId)
                .param("eventId", eventId)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update() == 1;
    }

    private static CheckInDevice device(ResultSet row, int rowNumber) throws SQLException {
        OffsetDateTime revokedAt = row.getObject("revoked_at", OffsetDateTime.class);
        return new CheckInDevice(row.getObject("id", UUID.class), row.getObject("event_id", UUID.class),
                row.getString("name"), row.getObject("created_by", UUID.class),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                revokedAt == null ? null : revokedAt.toInstant());
    }
}
