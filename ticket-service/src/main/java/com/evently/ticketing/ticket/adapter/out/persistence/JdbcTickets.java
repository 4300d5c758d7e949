package com.evently.ticketing.ticket.adapter.out.persistence;

import com.evently.ticketing.ticket.application.port.out.Tickets;
import com.evently.ticketing.ticket.domain.CheckInPass;
import com.evently.ticketing.ticket.domain.CheckInPayload;
import com.evently.ticketing.ticket.domain.EventSnapshot;
import com.evently.ticketing.ticket.domain.Revocation;
import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketCode;
import com.evently.ticketing.ticket.domain.TicketHolder;
import com.evently.ticketing.ticket.domain.TicketStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tickets in the {@code ticket} table, one row per seat. */
public class JdbcTickets implements Tickets {

    private static final String COLUMNS = """
            id, booking_id, seat_id, user_id, event_id, session_id, ticket_type_id, holder_email, holder_name,
            code, status, issued_at, event_title, venue, time_zone, session_name, session_starts_at,
            session_ends_at, ticket_type_name, status_changed_at, status_reason, qr_payload, awaiting_claim
            """;

    private final JdbcClient jdbc;

    public JdbcTickets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addAll(List<Ticket> tickets) {
        for (Ticket ticket : tickets) {
            // no ON CONFLICT: a second ticket for a seat must fail the transaction, never be skipped silently
            jdbc.sql("INSERT INTO ticket (" + COLUMNS + """
                            ) VALUES (:id, :bookingId, :seatId, :userId, :eventId, :sessionId, :ticketTypeId,
                                      :holderEmail, :holderName, :code, :status, :issuedAt, :eventTitle, :venue,
                                      :timeZone, :sessionName, :sessionStartsAt, :sessionEndsAt, :ticketTypeName,
                                      :statusChangedAt, :statusReason, :qrPayload, :awaitingClaim)
                            """)
                    .param("id", ticket.id())
                    .param("bookingId", ticket.bookingId())
                    .param("seatId", ticket.seatId())
                    .param("userId", ticket.userId())
                    .param("eventId", ticket.eventId())
                    .param("sessionId", ticket.sessionId())
                    .param("ticketTypeId", ticket.ticketTypeId())
                    .param("holderEmail", ticket.holder().email())
                    .param("holderName", ticket.holder().name())
                    .param("code", ticket.code().value())
                    .param("status", ticket.status().name())
                    .param("issuedAt", timestamp(ticket.issuedAt()))
                    .param("eventTitle", ticket.event().title())
                    .param("venue", ticket.event().venue())
                    .param("timeZone", ticket.event().timeZone().getId())
                    .param("sessionName", ticket.event().sessionName())
                    .param("sessionStartsAt", timestamp(ticket.event().sessionStartsAt()))
                    .param("sessionEndsAt", timestamp(ticket.event().sessionEndsAt()))
                    .param("ticketTypeName", ticket.event().ticketTypeName())
                    .param("statusChangedAt", timestamp(ticket.statusChangedAt()))
                    .param("statusReason", ticket.statusReason())
                    .param("qrPayload", ticket.pass().token())
                    .param("awaitingClaim", ticket.awaitingClaim())
                    .update();
        }
    }

    @Override
    public void updateHolder(Ticket ticket) {
        jdbc.sql("""
                        UPDATE ticket SET user_id = :userId, holder_email = :holderEmail, holder_name = :holderName,
                                          qr_payload = :qrPayload, awaiting_claim = :awaitingClaim
                        WHERE id = :id
                        """)
                .param("id", ticket.id())
                .param("userId", ticket.userId())
                .param("holderEmail", ticket.holder().email())
                .param("holderName", ticket.holder().name())
                .param("qrPayload", ticket.pass().token())
                .param("awaitingClaim", ticket.awaitingClaim())
                .update();
    }

    @Override
    public void updateStatus(List<Ticket> tickets) {
        for (Ticket ticket : tickets) {
            jdbc.sql("""
                            UPDATE ticket SET status = :status, status_changed_at = :changedAt, status_reason = :reason
                            WHERE id = :id
                            """)
                    .param("id", ticket.id())
                    .param("status", ticket.status().name())
                    .param("changedAt", timestamp(ticket.statusChangedAt()))
                    .param("reason", ticket.statusReason())
                    .update();
        }
    }

    @Override
    public Optional<Ticket> byId(UUID ticketId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ticket WHERE id = :id")
                .param("id", ticketId)
                .query(JdbcTickets::ticket)
                .optional();
    }

    @Override
    public Optional<Ticket> givenAwayFor(Ticket transferred) {
        // a transfer revokes the giver's ticket at the instant it issues the new one; a seat's earlier holders were
        // revoked before that, so the latest revocation up to then is the giver's
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM ticket
                        WHERE seat_id = :seatId AND id <> :id AND status = 'REVOKED' AND status_changed_at <= :issuedAt
                        ORDER BY status_changed_at DESC, issued_at DESC
                        LIMIT 1
                        """)
                .param("seatId", transferred.seatId())
                .param("id", transferred.id())
                .param("issuedAt", timestamp(transferred.issuedAt()))
                .query(JdbcTickets::ticket)
                .optional();
    }

    @Override
    public List<Ticket> ofBooking(UUID bookingId) {
        // issued_at is equal within a booking; the seat id keeps pages of a PDF in the same order every time
        return jdbc.sql("SELECT " + COLUMNS + " FROM ticket WHERE booking_id = :bookingId ORDER BY issued_at, seat_id")
                .param("bookingId", bookingId)
                .query(JdbcTickets::ticket)
                .list();
    }

    @Override
    public boolean anyIssuedFor(UUID bookingId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM ticket WHERE booking_id = :bookingId)")
                .param("bookingId", bookingId)
                .query(Boolean.class)
                .single();
    }

    // the account's own tickets, and those transferred to its address before claims existed (which belong to no
    // account); a ticket held for a claim is nobody's until claimed, whatever address an account signs in with
    private static final String HELD_BY =
            "(user_id = :userId OR (NOT awaiting_claim AND lower(holder_email) = lower(:email)))";

    @Override
    public List<Ticket> heldBy(UUID userId, String email, int page, int size) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ticket WHERE " + HELD_BY
                        + " ORDER BY issued_at DESC, id LIMIT :size OFFSET :offset")
                .param("userId", userId)
                .param("email", email == null ? "" : email)
                .param("size", size)
                .param("offset", (long) page * size)
                .query(JdbcTickets::ticket)
                .list();
    }

    @Override
    public long countHeldBy(UUID userId, String email) {
        return jdbc.sql("SELECT count(*) FROM ticket WHERE " + HELD_BY)
                .param("userId", userId)
                .param("email", email == null ? "" : email)
                .query(Long.class)
                .single();
    }

    @Override
    public List<Revocation> revokedSince(UUID eventId, Instant since) {
        // served by the partial index ticket_no_longer_valid
        return jdbc.sql("""
                        SELECT id, status, status_changed_at FROM ticket
                        WHERE event_id = :eventId AND status <> 'VALID'
                          AND (CAST(:since AS timestamptz) IS NULL OR status_changed_at > :since)
                        ORDER BY status_changed_at, id
                        """)
                .param("eventId", eventId)
                .param("since", timestamp(since))
                .query((row, rowNumber) -> new Revocation(row.getObject("id", UUID.class),
                        TicketStatus.valueOf(row.getString("status")), instant(row, "status_changed_at")))
                .list();
    }

    private static Ticket ticket(ResultSet row, int rowNumber) throws SQLException {
        EventSnapshot event = new EventSnapshot(
                row.getString("event_title"),
                row.getString("venue"),
                ZoneId.of(row.getString("time_zone")),
                row.getString("session_name"),
                instant(row, "session_starts_at"),
                instant(row, "session_ends_at"),
                row.getString("ticket_type_name"));
        UUID id = row.getObject("id", UUID.class);
        TicketCode code = new TicketCode(row.getString("code"));
        String signedPass = row.getString("qr_payload");
        // tickets issued before passes were signed keep the unsigned format they were printed with
        CheckInPass pass = new CheckInPass(signedPass != null ? signedPass : new CheckInPayload(id, code).encode());
        return new Ticket(
                id,
                row.getObject("booking_id", UUID.class),
                row.getObject("seat_id", UUID.class),
                row.getObject("user_id", UUID.class),
                row.getObject("event_id", UUID.class),
                row.getObject("session_id", UUID.class),
                row.getObject("ticket_type_id", UUID.class),
                new TicketHolder(row.getString("holder_email"), row.getString("holder_name")),
                event,
                code,
                pass,
                TicketStatus.valueOf(row.getString("status")),
                instant(row, "issued_at"),
                instant(row, "status_changed_at"),
                row.getString("status_reason"),
                row.getBoolean("awaiting_claim"));
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
