package com.evently.ticketing.booking.adapter.out.persistence;

import com.evently.ticketing.booking.application.port.out.Attendees;
import com.evently.ticketing.booking.application.port.out.SeatHolders;
import com.evently.ticketing.booking.domain.Attendee;
import com.evently.ticketing.booking.domain.AttendeePage;
import com.evently.ticketing.booking.domain.AttendeeQuery;
import com.evently.ticketing.booking.domain.BookingId;
import com.evently.ticketing.booking.domain.BookingStatus;
import com.evently.ticketing.booking.domain.SeatClaim;
import com.evently.ticketing.booking.domain.SeatId;
import com.evently.ticketing.booking.domain.SeatTransfer;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.evently.ticketing.booking.adapter.out.persistence.SqlTime.utc;

/**
 * booking_seat.holder_name / holder_email are NULL until a transfer names someone else: NULL means "the buyer", so
 * placing a booking writes nothing extra, and every read here falls back to the booking's buyer. holder_email tells
 * the two apart: a transfer always names an e-mail address, not always a name, and a nameless new holder must not
 * show the buyer's name.
 */
@Repository
class JdbcAttendees implements Attendees, SeatHolders {

    private static final RowMapper<Attendee> ATTENDEE = (rs, rowNum) -> {
        OffsetDateTime checkedInAt = rs.getObject("checked_in_at", OffsetDateTime.class);
        return new Attendee(
                new SeatId(rs.getObject("seat_id", UUID.class)),
                new BookingId(rs.getObject("booking_id", UUID.class)),
                rs.getString("holder_name"),
                rs.getString("holder_email"),
                rs.getObject("session_id", UUID.class),
                rs.getString("session_name"),
                rs.getObject("ticket_type_id", UUID.class),
                rs.getString("ticket_type_name"),
                BookingStatus.valueOf(rs.getString("status")),
                checkedInAt == null ? null : checkedInAt.toInstant());
    };

    private final JdbcClient jdbc;

    JdbcAttendees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AttendeePage find(AttendeeQuery query) {
        Map<String, Object> params = new HashMap<>(Map.of("eventId", query.eventId()));
        String where = conditionsOf(query, params);
        long total = jdbc.sql("""
                        SELECT count(*)
                          FROM booking_seat seat JOIN booking ON booking.id = seat.booking_id
                         WHERE %s
                        """.formatted(where))
                .params(params)
                .query(Long.class).single();
        params.put("limit", query.size());
        params.put("offset", query.offset());
        List<Attendee> page = jdbc.sql("""
                        SELECT seat.seat_id, booking.id AS booking_id,
                               CASE WHEN seat.holder_email IS NULL THEN booking.buyer_name
                                    ELSE seat.holder_name END AS holder_name,
                               COALESCE(seat.holder_email, booking.buyer_email) AS holder_email,
                               booking.session_id, session.name AS session_name,
                               booking.ticket_type_id, type.name AS ticket_type_name,
                               booking.status, seat.checked_in_at
                          FROM booking_seat seat
                          JOIN booking ON booking.id = seat.booking_id
                          JOIN event_session session ON session.session_id = booking.session_id
                          JOIN event_ticket_type type ON type.ticket_type_id = booking.ticket_type_id
                         WHERE %s
                         ORDER BY booking.created_at, booking.id, seat.seat_number
                         LIMIT :limit OFFSET :offset
                        """.formatted(where))
                .params(params)
                .query(ATTENDEE)
                .list();
        return new AttendeePage(page, query.page(), query.size(), total);
    }

    /** Only fixed SQL fragments are joined; every value the client sent travels as a bind parameter. */
    private static String conditionsOf(AttendeeQuery query, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>(List.of("booking.event_id = :eventId"));
        if (query.search() != null) {
            // ILIKE on the holder as shown, buyer as fallback; the client's % and _ are literal characters here.
            conditions.add("""
                    (COALESCE(CASE WHEN seat.holder_email IS NULL THEN booking.buyer_name
                                   ELSE seat.holder_name END, '') ILIKE :pattern ESCAPE '\\'
                     OR COALESCE(seat.holder_email, booking.buyer_email) ILIKE :pattern ESCAPE '\\')""");
            params.put("pattern", "%" + escapeLike(query.search()) + "%");
        }
        if (query.sessionId() != null) {
            conditions.add("booking.session_id = :sessionId");
            params.put("sessionId", query.sessionId());
        }
        if (query.ticketTypeId() != null) {
            conditions.add("booking.ticket_type_id = :ticketTypeId");
            params.put("ticketTypeId", query.ticketTypeId());
        }
        if (query.status() != null) {
            conditions.add("booking.status = :status");
            params.put("status", query.status().name());
        }
        if (query.checkedIn() != null) {
            conditions.add(query.checkedIn() ? "seat.checked_in_at IS NOT NULL" : "seat.checked_in_at IS NULL");
        }
        return String.join(" AND ", conditions);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public boolean holdsASeatOf(BookingId booking, String email, boolean buyer) {
        // holder_email is set by a transfer only: a seat without one is still the buyer's
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM booking_seat
                                        WHERE booking_id = :bookingId
                                          AND (lower(holder_email) = lower(:email) OR (:buyer AND holder_email IS NULL)))
                        """)
                .param("bookingId", booking.value())
                .param("email", email)
                .param("buyer", buyer)
                .query(Boolean.class).single();
    }

    @Override
    public boolean updateHolder(SeatTransfer transfer) {
        // Out-of-order transfers of one seat (a replay from the dead-letter topic, say) must not bring an earlier
        // holder back. The transfer naming the seat's current ticket as its previous one is certainly the next;
        // the one that issued the current ticket's predecessor is certainly older; between unrelated ones the
        // ticket service's timestamp decides, as the contract has no sequence number. Once the ticket was claimed,
        // its transfer announced again must not name the address the claim link went to instead of the claimant.
        return jdbc.sql("""
                        UPDATE booking_seat
                           SET holder_name = :name, holder_email = :email, holder_ticket_id = :ticketId,
                               holder_previous_ticket_id = :previousTicketId, holder_transferred_at = :transferredAt,
                               holder_claimed_at = NULL
                         WHERE seat_id = :seatId
                           AND holder_previous_ticket_id IS DISTINCT FROM :ticketId
                           AND NOT (holder_ticket_id = :ticketId AND holder_claimed_at IS NOT NULL)
                           AND (holder_ticket_id IS NULL
                                OR holder_ticket_id = :previousTicketId
                                OR holder_ticket_id = :ticketId
                                OR holder_transferred_at < :transferredAt)
                        """)
                .param("name", transfer.holder().name())
                .param("email", transfer.holder().email())
                .param("ticketId", transfer.ticketId())
                .param("previousTicketId", transfer.previousTicketId())
                .param("transferredAt", utc(transfer.transferredAt()))
                .param("seatId", transfer.seatId().value())
                .update() == 1;
    }

    @Override
    public boolean updateHolder(SeatClaim claim) {
        // a claim keeps the ticket: it applies to the seat showing that ticket only, so a later transfer stands
        return jdbc.sql("""
                        UPDATE booking_seat
                           SET holder_name = :name, holder_email = :email, holder_claimed_at = :claimedAt
                         WHERE seat_id = :seatId AND holder_ticket_id = :ticketId
                        """)
                .param("name", claim.holder().name())
                .param("email", claim.holder().email())
                .param("claimedAt", utc(claim.claimedAt()))
                .param("seatId", claim.seatId().value())
                .param("ticketId", claim.ticketId())
                .update() == 1;
    }

    @Override
    public void markCheckedIn(SeatId seatId, Instant checkedInAt) {
        // The earliest admission wins, whatever order check-ins arrive in: a redelivery or a late offline batch
        // never moves it.
        jdbc.sql("""
                        UPDATE booking_seat SET checked_in_at = :checkedInAt
                         WHERE seat_id = :seatId AND (checked_in_at IS NULL OR checked_in_at > :checkedInAt)
                        """)
                .param("checkedInAt", utc(checkedInAt))
                .param("seatId", seatId.value())
                .update();
    }
}
