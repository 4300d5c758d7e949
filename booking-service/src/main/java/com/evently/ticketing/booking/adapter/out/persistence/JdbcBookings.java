package com.evently.ticketing.booking.adapter.out.persistence;

import com.evently.ticketing.booking.application.port.out.Bookings;
import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingId;
import com.evently.ticketing.booking.domain.BookingStatus;
import com.evently.ticketing.booking.domain.Buyer;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import com.evently.ticketing.booking.domain.SeatId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.evently.ticketing.booking.adapter.out.persistence.SqlTime.instant;
import static com.evently.ticketing.booking.adapter.out.persistence.SqlTime.utc;

@Repository
class JdbcBookings implements Bookings {

    private final JdbcClient jdbc;

    JdbcBookings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Booking booking) {
        jdbc.sql("""
                        INSERT INTO booking (id, user_id, buyer_email, buyer_name, event_id, session_id, ticket_type_id,
                                             quantity, status, created_at)
                        VALUES (:id, :userId, :buyerEmail, :buyerName, :eventId, :sessionId, :ticketTypeId,
                                :quantity, :status, :createdAt)
                        """)
                .param("id", booking.id().value())
                .param("userId", booking.buyer().userId())
                .param("buyerEmail", booking.buyer().email())
                .param("buyerName", booking.buyer().name())
                .param("eventId", booking.line().eventId())
                .param("sessionId", booking.line().sessionId())
                .param("ticketTypeId", booking.line().ticketTypeId())
                .param("quantity", booking.quantity())
                .param("status", booking.status().name())
                .param("createdAt", utc(booking.createdAt()))
                .update();
        List<SeatId> seats = booking.seats();
        for (int index = 0; index < seats.size(); index++) {
            jdbc.sql("INSERT INTO booking_seat (seat_id, booking_id, seat_number) VALUES (:seatId, :bookingId, :seatNumber)")
                    .param("seatId", seats.get(index).value())
                    .param("bookingId", booking.id().value())
                    .param("seatNumber", index + 1)
                    .update();
        }
    }

    @Override
    public Optional<Booking> find(BookingId id) {
        List<SeatId> seats = jdbc.sql("SELECT seat_id FROM booking_seat WHERE booking_id = :bookingId ORDER BY seat_number")
                .param("bookingId", id.value())
                .query((rs, rowNum) -> new SeatId(rs.getObject("seat_id", UUID.class)))
                .list();
        return jdbc.sql("""
                        SELECT id, user_id, buyer_email, buyer_name, event_id, session_id, ticket_type_id,
                               quantity, status, created_at
                          FROM booking WHERE id = :id
                        """)
                .param("id", id.value())
                .query((rs, rowNum) -> new Booking(
                        new BookingId(rs.getObject("id", UUID.class)),
                        new Buyer(rs.getObject("user_id", UUID.class), rs.getString("buyer_email"), rs.getString("buyer_name")),
                        new InventoryLineKey(rs.getObject("event_id", UUID.class), rs.getObject("session_id", UUID.class),
                                rs.getObject("ticket_type_id", UUID.class)),
                        rs.getInt("quantity"),
                        BookingStatus.valueOf(rs.getString("status")),
                        seats,
                        instant(rs, "created_at")))
                .optional();
    }
}
