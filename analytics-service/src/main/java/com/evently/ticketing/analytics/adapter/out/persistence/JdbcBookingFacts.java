package com.evently.ticketing.analytics.adapter.out.persistence;

import com.evently.ticketing.analytics.application.port.out.BookingFacts;
import com.evently.ticketing.analytics.domain.BookingCancellation;
import com.evently.ticketing.analytics.domain.BookingLine;
import com.evently.ticketing.analytics.domain.BookingRevision;
import com.evently.ticketing.analytics.domain.ConfirmedBooking;
import com.evently.ticketing.analytics.domain.Price;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.sql.Types;

/**
 * Table {@code booking_facts}, one row per booking. Each write is one conditional upsert, so the rules of
 * {@link BookingFacts} hold even between two consumers racing on one booking (during a rebalance): the primary key
 * serialises them, and the losing statement re-evaluates its condition against the winner's row.
 */
@Repository
class JdbcBookingFacts implements BookingFacts {

    private final JdbcClient jdbc;

    JdbcBookingFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean addConfirmed(ConfirmedBooking booking) {
        // a known booking is never overwritten: whatever is stored is as new as the confirmation or newer
        return withPrice(withLine(jdbc.sql("""
                        INSERT INTO booking_facts (booking_id, user_id, event_id, session_id, ticket_type_id, quantity, status,
                                                   revision, unit_price, currency, booked_at, updated_at)
                        VALUES (:bookingId, :userId, :eventId, :sessionId, :ticketTypeId, :quantity, 'CONFIRMED',
                                0, :unitPrice, :currency, :at, now())
                        ON CONFLICT (booking_id) DO NOTHING
                        """), booking.line()), booking.unitPrice())
                .param("bookingId", booking.bookingId())
                .param("userId", booking.userId())
                .param("eventId", booking.eventId())
                .param("at", Timestamp.from(booking.bookedAt()))
                .update() == 1;
    }

    @Override
    public boolean applyRevision(BookingRevision revision) {
        // the WHERE of the update is the whole rule: only a standing booking, only forwards
        return withPrice(withLine(jdbc.sql("""
                        INSERT INTO booking_facts (booking_id, user_id, event_id, session_id, ticket_type_id, quantity, status,
                                                   revision, unit_price, currency, booked_at, updated_at)
                        VALUES (:bookingId, :userId, :eventId, :sessionId, :ticketTypeId, :quantity, 'CONFIRMED',
                                :revision, :unitPrice, :currency, :at, now())
                        ON CONFLICT (booking_id) DO UPDATE
                           SET session_id = EXCLUDED.session_id,
                               ticket_type_id = EXCLUDED.ticket_type_id,
                               quantity = EXCLUDED.quantity,
                               revision = EXCLUDED.revision,
                               unit_price = EXCLUDED.unit_price,
                               currency = EXCLUDED.currency,
                               updated_at = now()
                         WHERE booking_facts.status = 'CONFIRMED' AND booking_facts.revision < EXCLUDED.revision
                        """), revision.line()), revision.unitPrice())
                .param("bookingId", revision.bookingId())
                .param("userId", revision.userId())
                .param("eventId", revision.eventId())
                .param("revision", revision.revision())
                .param("at", Timestamp.from(revision.changedAt()))
                .update() == 1;
    }

    @Override
    public boolean markCancelled(BookingCancellation cancellation) {
        // the cancellation names the line and quantity the booking held last, which also covers an edit missed
        // before it; a booking already cancelled keeps its first cancellation
        Timestamp at = Timestamp.from(cancellation.cancelledAt());
        return withLine(jdbc.sql("""
                        INSERT INTO booking_facts (booking_id, user_id, event_id, session_id, ticket_type_id, quantity, status,
                                                   revision, booked_at, cancelled_at, cancel_cause, updated_at)
                        VALUES (:bookingId, :userId, :eventId, :sessionId, :ticketTypeId, :quantity, 'CANCELLED',
                                0, :at, :at, :cause, now())
                        ON CONFLICT (booking_id) DO UPDATE
                           SET session_id = EXCLUDED.session_id,
                               ticket_type_id = EXCLUDED.ticket_type_id,
                               quantity = EXCLUDED.quantity,
                               status = 'CANCELLED',
                               cancelled_at = EXCLUDED.cancelled_at,
                               cancel_cause = EXCLUDED.cancel_cause,
                               updated_at = now()
                         WHERE booking_facts.status = 'CONFIRMED'
                        """), cancellation.line())
                .param("bookingId", cancellation.bookingId())
                .param("userId", cancellation.userId())
                .param("eventId", cancellation.eventId())
                .param("at", at)
                .param("cause", cancellation.cause().name())
                .update() == 1;
    }

    private static JdbcClient.StatementSpec withLine(JdbcClient.StatementSpec statement, BookingLine line) {
        return statement
                .param("sessionId", line.sessionId())
                .param("ticketTypeId", line.ticketTypeId())
                .param("quantity", line.quantity());
    }

    /** Typed, because a free or unpriced booking binds nulls. */
    private static JdbcClient.StatementSpec withPrice(JdbcClient.StatementSpec statement, Price price) {
        return statement
                .param("unitPrice", price == null ? null : price.amount(), Types.NUMERIC)
                .param("currency", price == null ? null : price.currency(), Types.CHAR);
    }
}
