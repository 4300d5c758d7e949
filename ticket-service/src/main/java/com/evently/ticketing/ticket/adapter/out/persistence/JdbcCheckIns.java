package com.evently.ticketing.ticket.adapter.out.persistence;

import com.evently.ticketing.ticket.application.port.out.CheckIns;
import com.evently.ticketing.ticket.domain.CheckIn;
import com.evently.ticketing.ticket.domain.CheckInCount;
import com.evently.ticketing.ticket.domain.ScanAnswer;
import com.evently.ticketing.ticket.domain.ScanResult;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Admissions in {@code check_in}, answers to scans in {@code check_in_scan}. */
public class JdbcCheckIns implements CheckIns {

    private static final String CHECK_IN_COLUMNS = """
            ticket_id, booking_id, event_id, session_id, ticket_type_id, seat_id, gate, scan_id, checked_in_at, offline,
            scanned_by, device_id
            """;

    private final JdbcClient jdbc;

    public JdbcCheckIns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ScanAnswer> claimScan(UUID scanId, Instant receivedAt) {
        // a concurrent insert of the same scan id makes this one wait for its commit, then insert nothing
        int claimed = jdbc.sql("""
                        INSERT INTO check_in_scan (scan_id, received_at) VALUES (:scanId, :receivedAt)
                        ON CONFLICT (scan_id) DO NOTHING
                        """)
                .param("scanId", scanId)
                .param("receivedAt", timestamp(receivedAt))
                .update();
        if (claimed == 1) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT result, ticket_id, holder_initials, checked_in_at, gate FROM check_in_scan
                        WHERE scan_id = :scanId AND result IS NOT NULL
                        """)
                .param("scanId", scanId)
                .query((row, rowNumber) -> new ScanAnswer(ScanResult.valueOf(row.getString("result")),
                        row.getObject("ticket_id", UUID.class), row.getString("holder_initials"),
                        instant(row, "checked_in_at"), row.getString("gate")))
                .optional();
    }

    @Override
    public void answer(UUID scanId, ScanAnswer answer) {
        jdbc.sql("""
                        UPDATE check_in_scan SET result = :result, ticket_id = :ticketId,
                                                 holder_initials = :holderInitials, checked_in_at = :checkedInAt,
                                                 gate = :gate
                        WHERE scan_id = :scanId
                        """)
                .param("scanId", scanId)
                .param("result", answer.result().name())
                .param("ticketId", answer.ticketId())
                .param("holderInitials", answer.holderInitials())
                .param("checkedInAt", timestamp(answer.checkedInAt()))
                .param("gate", answer.gate())
                .update();
    }

    @Override
    public boolean admit(CheckIn checkIn) {
        // the partial unique index decides between racing scanners: the loser waits for the winner's commit and
        // inserts nothing
        return jdbc.sql("INSERT INTO check_in (id, " + CHECK_IN_COLUMNS + ", recorded_at) " + """
                        VALUES (:id, :ticketId, :bookingId, :eventId, :sessionId, :ticketTypeId, :seatId, :gate, :scanId,
                                :checkedInAt, :offline, :scannedBy, :deviceId, now())
                        ON CONFLICT (ticket_id) WHERE undone_at IS NULL DO NOTHING
                        """)
                .param("id", UUID.randomUUID())
                .param("ticketId", checkIn.ticketId())
                .param("bookingId", checkIn.bookingId())
                .param("eventId", checkIn.eventId())
                .param("sessionId", checkIn.sessionId())
                .param("ticketTypeId", checkIn.ticketTypeId())
                .param("seatId", checkIn.seatId())
                .param("gate", checkIn.gate())
                .param("scanId", checkIn.scanId())
                .param("checkedInAt", timestamp(checkIn.checkedInAt()))
                .param("offline", checkIn.offline())
                .param("scannedBy", checkIn.scannedBy())
                .param("deviceId", checkIn.deviceId())
                .update() == 1;
    }

    @Override
    public Optional<CheckIn> current(UUID ticketId) {
        return jdbc.sql("SELECT " + CHECK_IN_COLUMNS + " FROM check_in WHERE ticket_id = :ticketId AND undone_at IS NULL")
                .param("ticketId", ticketId)
                .query(JdbcCheckIns::checkIn)
                .optional();
    }

    @Override
    public boolean replaceIfLater(CheckIn earlier) {
        return jdbc.sql("""
                        UPDATE check_in SET gate = :gate, scan_id = :scanId, checked_in_at = :checkedInAt,
                                            offline = :offline, scanned_by = :scannedBy, device_id = :deviceId,
                                            recorded_at = now()
                        WHERE ticket_id = :ticketId AND undone_at IS NULL AND checked_in_at > :checkedInAt
                        """)
                .param("ticketId", earlier.ticketId())
                .param("gate", earlier.gate())
                .param("scanId", earlier.scanId())
                .param("checkedInAt", timestamp(earlier.checkedInAt()))
                .param("offline", earlier.offline())
                .param("scannedBy", earlier.scannedBy())
                .param("deviceId", earlier.deviceId())
                .update() == 1;
    }

    @Override
    public boolean undo(UUID ticketId, UUID undoneBy, Instant at) {
        return jdbc.sql("""
                        UPDATE check_in SET undone_at = :at, undone_by = :undoneBy
                        WHERE ticket_id = :ticketId AND undone_at IS NULL
                        """)
                .param("ticketId", ticketId)
                .param("undoneBy", undoneBy)
                .param("at", timestamp(at))
                .update() == 1;
    }

    @Override
    public List<CheckInCount> countsOf(UUID eventId) {
        return jdbc.sql("""
                        SELECT session_id, gate, count(*) AS admitted FROM check_in
                        WHERE event_id = :eventId AND undone_at IS NULL
                        GROUP BY session_id, gate ORDER BY session_id, gate NULLS FIRST
                        """)
                .param("eventId", eventId)
                .query((row, rowNumber) -> new CheckInCount(row.getObject("session_id", UUID.class),
                        row.getString("gate"), row.getLong("admitted")))
                .list();
    }

    private static CheckIn checkIn(ResultSet row, int rowNumber) throws SQLException {
        return new CheckIn(row.getObject("ticket_id", UUID.class), row.getObject("booking_id", UUID.class),
                row.getObject("event_id", UUID.class), row.getObject("session_id", UUID.class),
                row.getObject("ticket_type_id", UUID.class), row.getObject("seat_id", UUID.class),
                row.getString("gate"), row.getObject("scan_id", UUID.class), instant(row, "checked_in_at"),
                row.getBoolean("offline"), row.getObject("scanned_by", UUID.class),
                row.getObject("device_id", UUID.class));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
