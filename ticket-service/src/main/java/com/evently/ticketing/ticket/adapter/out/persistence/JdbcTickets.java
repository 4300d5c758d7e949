package com.evently.ticketing.ticket.adapter.out.persistence;

import com.evently.ticketing.ticket.application.port.out.Tickets;
import com.evently.ticketing.ticket.domain.EventSnapshot;
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
            session_ends_at, ticket_type_name
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
                                      :timeZone, :sessionName, :sessionStartsAt, :sessionEndsAt, :ticketTypeName)
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

    private static Ticket ticket(ResultSet row, int rowNumber) throws SQLException {
        EventSnapshot event = new EventSnapshot(
                row.getString("event_title"),
                row.getString("venue"),
                ZoneId.of(row.getString("time_zone")),
                row.getString("session_name"),
                instant(row, "session_starts_at"),
                instant(row, "session_ends_at"),
                row.getString("ticket_type_name"));
        return new Ticket(
                row.getObject("id", UUID.class),
                row.getObject("booking_id", UUID.class),
                row.getObject("seat_id", UUID.class),
                row.getObject("user_id", UUID.class),
                row.getObject("event_id", UUID.class),
                row.getObject("session_id", UUID.class),
                row.getObject("ticket_type_id", UUID.class),
                new TicketHolder(row.getString("holder_email"), row.getString("holder_name")),
                event,
                new TicketCode(row.getString("code")),
                TicketStatus.valueOf(row.getString("status")),
                instant(row, "issued_at"));
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
