package com.evently.ticketing.booking.adapter.out.persistence;

import com.evently.ticketing.booking.application.port.out.Bookings;
import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingId;
import com.evently.ticketing.booking.domain.BookingPage;
import com.evently.ticketing.booking.domain.BookingSearch;
import com.evently.ticketing.booking.domain.BookingStatus;
import com.evently.ticketing.booking.domain.BookingStatusChange;
import com.evently.ticketing.booking.domain.Buyer;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import com.evently.ticketing.booking.domain.RsvpAnswer;
import com.evently.ticketing.booking.domain.SeatId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static com.evently.ticketing.booking.adapter.out.persistence.SqlTime.instant;
import static com.evently.ticketing.booking.adapter.out.persistence.SqlTime.utc;

/**
 * A booking is its row, one {@code booking_seat} row per seat it holds (numbered from 1, so that the seats kept by
 * an edit keep their numbers) and one {@code booking_status_change} row per step of its history.
 */
@Repository
class JdbcBookings implements Bookings {

    private static final String COLUMNS = """
            booking.id, booking.user_id, booking.buyer_email, booking.buyer_name, booking.event_id,
            booking.session_id, booking.ticket_type_id, booking.quantity, booking.status, booking.created_at,
            booking.revision, booking.rsvp""";

    private final JdbcClient jdbc;

    JdbcBookings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Booking booking) {
        jdbc.sql("""
                        INSERT INTO booking (id, user_id, buyer_email, buyer_name, event_id, session_id, ticket_type_id,
                                             quantity, status, created_at, revision, rsvp)
                        VALUES (:id, :userId, :buyerEmail, :buyerName, :eventId, :sessionId, :ticketTypeId,
                                :quantity, :status, :createdAt, :revision, :rsvp)
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
                .param("revision", booking.revision())
                .param("rsvp", booking.rsvp() == null ? null : booking.rsvp().name())
                .update();
        addSeats(booking, 0);
        addHistory(booking, 0);
    }

    @Override
    public void update(Booking booking) {
        // The status condition is the last guard of "seats are released once": a cancelled booking never changes.
        int updated = jdbc.sql("""
                        UPDATE booking
                           SET session_id = :sessionId, ticket_type_id = :ticketTypeId, quantity = :quantity,
                               status = :status, revision = :revision, rsvp = :rsvp
                         WHERE id = :id AND status = 'CONFIRMED'
                        """)
                .param("id", booking.id().value())
                .param("sessionId", booking.line().sessionId())
                .param("ticketTypeId", booking.line().ticketTypeId())
                .param("quantity", booking.quantity())
                .param("status", booking.status().name())
                .param("revision", booking.revision())
                .param("rsvp", booking.rsvp() == null ? null : booking.rsvp().name())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("booking " + booking.id() + " is gone or cancelled, though locked");
        }
        // Seats that left the booking are forgotten here; BookingChanged and BookingCancelled carry them.
        jdbc.sql("DELETE FROM booking_seat WHERE booking_id = :bookingId AND seat_id NOT IN (:seatIds)")
                .param("bookingId", booking.id().value())
                .param("seatIds", booking.seats().stream().map(SeatId::value).toList())
                .update();
        // Only what is new is written: a booking changed many times would otherwise rewrite its whole past.
        int storedSeats = jdbc.sql("SELECT count(*) FROM booking_seat WHERE booking_id = :bookingId")
                .param("bookingId", booking.id().value()).query(Integer.class).single();
        addSeats(booking, storedSeats);
        int storedChanges = jdbc.sql("SELECT count(*) FROM booking_status_change WHERE booking_id = :bookingId")
                .param("bookingId", booking.id().value()).query(Integer.class).single();
        addHistory(booking, storedChanges);
    }

    /** Seats kept by an edit are the first ones (Booking#change), so the new ones are the last ones. */
    private void addSeats(Booking booking, int from) {
        List<SeatId> seats = booking.seats();
        for (int index = from; index < seats.size(); index++) {
            jdbc.sql("INSERT INTO booking_seat (seat_id, booking_id, seat_number) VALUES (:seatId, :bookingId, :seatNumber)")
                    .param("seatId", seats.get(index).value())
                    .param("bookingId", booking.id().value())
                    .param("seatNumber", index + 1)
                    .update();
        }
    }

    private void addHistory(Booking booking, int from) {
        List<BookingStatusChange> history = booking.history();
        for (int index = from; index < history.size(); index++) {
            BookingStatusChange change = history.get(index);
            jdbc.sql("""
                            INSERT INTO booking_status_change (booking_id, position, status, at, actor, reason)
                            VALUES (:bookingId, :position, :status, :at, :actor, :reason)
                            """)
                    .param("bookingId", booking.id().value())
                    .param("position", index + 1)
                    .param("status", change.kind().name())
                    .param("at", utc(change.at()))
                    .param("actor", change.actor())
                    .param("reason", change.reason())
                    .update();
        }
    }

    @Override
    public Optional<Booking> find(BookingId id) {
        return loadAll(jdbc.sql("SELECT " + COLUMNS + " FROM booking WHERE id = :id")
                .param("id", id.value())).stream().findFirst();
    }

    @Override
    public Optional<Booking> lock(BookingId id) {
        return loadAll(jdbc.sql("SELECT " + COLUMNS + " FROM booking WHERE id = :id FOR UPDATE")
                .param("id", id.value())).stream().findFirst();
    }

    @Override
    public int seatsHeldBy(UUID userId, InventoryLineKey line) {
        return jdbc.sql("""
                        SELECT coalesce(sum(quantity), 0) FROM booking
                         WHERE user_id = :userId AND session_id = :sessionId AND ticket_type_id = :ticketTypeId
                           AND status = 'CONFIRMED'
                        """)
                .param("userId", userId)
                .param("sessionId", line.sessionId())
                .param("ticketTypeId", line.ticketTypeId())
                .query(Integer.class)
                .single();
    }

    @Override
    public void lockSeatsHeldBy(UUID userId, InventoryLineKey line) {
        // The two-key form keeps these apart from the single-key advisory locks other components take. Two buyers
        // whose hashes collide only wait for each other.
        jdbc.sql("""
                        SELECT pg_advisory_xact_lock(hashtext('booking-seats-held-by'),
                                                     hashtext(CAST(:userId AS text) || '/' || CAST(:sessionId AS text)
                                                              || '/' || CAST(:ticketTypeId AS text)))
                        """)
                .param("userId", userId)
                .param("sessionId", line.sessionId())
                .param("ticketTypeId", line.ticketTypeId())
                .query((rs, rowNum) -> rowNum)
                .list();
    }

    @Override
    public BookingPage search(BookingSearch search) {
        String where = """
                 FROM booking JOIN event_session session ON session.session_id = booking.session_id
                WHERE booking.user_id = :userId
                  AND (CAST(:status AS text) IS NULL OR booking.status = :status)
                  AND (CAST(:eventId AS uuid) IS NULL OR booking.event_id = :eventId)
                  AND (CAST(:when AS text) IS NULL
                       OR (:when = 'UPCOMING' AND session.starts_at > :now)
                       OR (:when = 'PAST' AND session.starts_at <= :now))
                """;
        Map<String, Object> params = new HashMap<>();
        params.put("userId", search.userId());
        params.put("status", search.status() == null ? null : search.status().name());
        params.put("eventId", search.eventId());
        params.put("when", search.when() == null ? null : search.when().name());
        params.put("now", utc(search.now()));
        long total = jdbc.sql("SELECT count(*)" + where).params(params).query(Long.class).single();
        // id breaks ties of created_at, so that pages neither repeat nor skip a booking.
        List<Booking> page = loadAll(jdbc.sql("SELECT " + COLUMNS + where
                        + " ORDER BY booking.created_at DESC, booking.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", search.size())
                .param("offset", search.offset()));
        return new BookingPage(page, total);
    }

    @Override
    public List<Booking> lockConfirmedOfCancelledEvents(int limit) {
        // SKIP LOCKED: a batch takes only bookings no other transaction holds, so replicas sweeping together, or a
        // buyer cancelling right now, never wait for each other here; the held ones are found by a later batch.
        return loadAll(jdbc.sql("SELECT " + COLUMNS + """
                         FROM booking
                        WHERE booking.status = 'CONFIRMED'
                          AND booking.event_id IN (SELECT event_id FROM cancelled_event)
                        LIMIT :limit
                          FOR UPDATE OF booking SKIP LOCKED
                        """)
                .param("limit", limit));
    }

    /** Runs the query for booking rows, then reads the seats and history of all of them at once. */
    private List<Booking> loadAll(JdbcClient.StatementSpec query) {
        List<Row> rows = query.query((rs, rowNum) -> Row.of(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, List<SeatId>> seats = new HashMap<>();
        jdbc.sql("SELECT booking_id, seat_id FROM booking_seat WHERE booking_id IN (:ids) ORDER BY booking_id, seat_number")
                .param("ids", ids)
                .query(rs -> {
                    seats.computeIfAbsent(rs.getObject("booking_id", UUID.class), id -> new ArrayList<>())
                            .add(new SeatId(rs.getObject("seat_id", UUID.class)));
                });
        Map<UUID, List<BookingStatusChange>> history = new HashMap<>();
        jdbc.sql("""
                        SELECT booking_id, status, at, actor, reason FROM booking_status_change
                         WHERE booking_id IN (:ids) ORDER BY booking_id, position
                        """)
                .param("ids", ids)
                .query(rs -> {
                    history.computeIfAbsent(rs.getObject("booking_id", UUID.class), id -> new ArrayList<>())
                            .add(new BookingStatusChange(BookingStatusChange.Kind.valueOf(rs.getString("status")),
                                    instant(rs, "at"), rs.getObject("actor", UUID.class), rs.getString("reason")));
                });
        Map<UUID, Booking> bookings = new LinkedHashMap<>();
        for (Row row : rows) {
            bookings.put(row.id(), row.toBooking(seats.getOrDefault(row.id(), List.of()),
                    history.getOrDefault(row.id(), List.of())));
        }
        return List.copyOf(bookings.values());
    }

    private record Row(UUID id, Buyer buyer, InventoryLineKey line, int quantity, BookingStatus status,
                       Instant createdAt, int revision, RsvpAnswer rsvp) {

        static Row of(ResultSet rs) throws SQLException {
            String rsvp = rs.getString("rsvp");
            return new Row(rs.getObject("id", UUID.class),
                    new Buyer(rs.getObject("user_id", UUID.class), rs.getString("buyer_email"), rs.getString("buyer_name")),
                    new InventoryLineKey(rs.getObject("event_id", UUID.class), rs.getObject("session_id", UUID.class),
                            rs.getObject("ticket_type_id", UUID.class)),
                    rs.getInt("quantity"),
                    BookingStatus.valueOf(rs.getString("status")),
                    instant(rs, "created_at"),
                    rs.getInt("revision"),
                    rsvp == null ? null : RsvpAnswer.valueOf(rsvp));
        }

        Booking toBooking(List<SeatId> seats, List<BookingStatusChange> history) {
            return new Booking(new BookingId(id), buyer, line, quantity, status, seats, createdAt, revision, rsvp, history);
        }
    }
}
