package com.evently.ticketing.analytics.adapter.out.persistence;

import com.evently.ticketing.analytics.application.port.out.TicketFacts;
import com.evently.ticketing.analytics.domain.CheckIn;
import com.evently.ticketing.analytics.domain.IssuedTickets;
import com.evently.ticketing.analytics.domain.TicketTransfer;
import com.evently.ticketing.analytics.domain.UndoneCheckIn;
import com.evently.ticketing.analytics.domain.VoidedTickets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.UUID;

/**
 * Tables {@code check_ins} and {@code tickets}. Ticket events of one booking share a key, but an issue and a
 * transfer may still be replayed or raced, so each write only fills in what is missing.
 */
@Repository
class JdbcTicketFacts implements TicketFacts {

    private final JdbcClient jdbc;

    JdbcTicketFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean recordCheckIn(CheckIn checkIn) {
        return jdbc.sql("""
                        INSERT INTO check_ins (ticket_id, booking_id, event_id, session_id, ticket_type_id,
                                               checked_in_at)
                        VALUES (:ticketId, :bookingId, :eventId, :sessionId, :ticketTypeId, :checkedInAt)
                        ON CONFLICT (ticket_id) DO NOTHING
                        """)
                .param("ticketId", checkIn.ticketId())
                .param("bookingId", checkIn.bookingId())
                .param("eventId", checkIn.eventId())
                .param("sessionId", checkIn.sessionId())
                .param("ticketTypeId", checkIn.ticketTypeId())
                .param("checkedInAt", Timestamp.from(checkIn.checkedInAt()))
                .update() == 1;
    }

    @Override
    public void recordIssued(IssuedTickets tickets) {
        for (UUID ticketId : tickets.ticketIds()) {
            issue(ticketId, tickets.bookingId(), tickets.eventId(), null, Timestamp.from(tickets.issuedAt()));
        }
    }

    @Override
    public void recordTransfer(TicketTransfer transfer) {
        Timestamp at = Timestamp.from(transfer.transferredAt());
        issue(transfer.ticketId(), transfer.bookingId(), transfer.eventId(), transfer.previousTicketId(), at);
        jdbc.sql("""
                        INSERT INTO tickets (ticket_id, booking_id, event_id, revoked_at)
                        VALUES (:ticketId, :bookingId, :eventId, :at)
                        ON CONFLICT (ticket_id) DO UPDATE
                           SET revoked_at = coalesce(tickets.revoked_at, EXCLUDED.revoked_at)
                        """)
                .param("ticketId", transfer.previousTicketId())
                .param("bookingId", transfer.bookingId())
                .param("eventId", transfer.eventId())
                .param("at", at)
                .update();
    }

    @Override
    public void recordVoided(VoidedTickets voided) {
        Timestamp at = Timestamp.from(voided.voidedAt());
        for (UUID ticketId : voided.ticketIds()) {
            jdbc.sql("""
                            INSERT INTO tickets (ticket_id, booking_id, event_id, voided_at)
                            VALUES (:ticketId, :bookingId, :eventId, :at)
                            ON CONFLICT (ticket_id) DO UPDATE
                               SET voided_at = coalesce(tickets.voided_at, EXCLUDED.voided_at)
                            """)
                    .param("ticketId", ticketId)
                    .param("bookingId", voided.bookingId())
                    .param("eventId", voided.eventId())
                    .param("at", at)
                    .update();
        }
    }

    @Override
    public void forgetCheckIn(UndoneCheckIn undone) {
        jdbc.sql("DELETE FROM check_ins WHERE ticket_id = :ticketId").param("ticketId", undone.ticketId()).update();
    }

    private void issue(UUID ticketId, UUID bookingId, UUID eventId, UUID replaces, Timestamp at) {
        // a transfer may have created the row (revoked) before the issue arrived: keep its revocation
        jdbc.sql("""
                        INSERT INTO tickets (ticket_id, booking_id, event_id, issued_at, replaces)
                        VALUES (:ticketId, :bookingId, :eventId, :at, :replaces)
                        ON CONFLICT (ticket_id) DO UPDATE
                           SET issued_at = coalesce(tickets.issued_at, EXCLUDED.issued_at),
                               replaces = coalesce(tickets.replaces, EXCLUDED.replaces)
                        """)
                .param("ticketId", ticketId)
                .param("bookingId", bookingId)
                .param("eventId", eventId)
                .param("at", at)
                .param("replaces", replaces, Types.OTHER)
                .update();
    }
}
