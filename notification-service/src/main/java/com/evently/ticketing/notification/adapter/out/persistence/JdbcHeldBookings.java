package com.evently.ticketing.notification.adapter.out.persistence;

import com.evently.ticketing.notification.application.port.out.HeldBookings;
import com.evently.ticketing.notification.domain.BookingCalendarEntry;
import com.evently.ticketing.notification.domain.EventDetails;
import com.evently.ticketing.notification.domain.HeldBooking;
import com.evently.ticketing.notification.domain.Recipient;
import com.evently.ticketing.notification.domain.SessionReminder;
import com.evently.ticketing.notification.domain.VenueHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The bookings reminders are sent for ({@code held_booking}) and the reminders sent ({@code sent_reminder}). */
public class JdbcHeldBookings implements HeldBookings {

    private final JdbcClient jdbc;

    public JdbcHeldBookings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void confirmed(HeldBooking booking) {
        // DO NOTHING: a redelivered confirmation must neither undo a later change nor revive a cancelled booking
        EventDetails event = booking.event();
        jdbc.sql("""
                        INSERT INTO held_booking (booking_id, user_id, email, name, event_id, session_id, quantity,
                                                  revision, status, confirmed_at, session_starts_at, time_zone,
                                                  event_title, venue, session_name, ticket_type_name, session_ends_at)
                        VALUES (:bookingId, :userId, :email, :name, :eventId, :sessionId, :quantity, 0, 'CONFIRMED',
                                :confirmedAt, :startsAt, :timeZone, :title, :venue, :sessionName, :ticketTypeName,
                                :endsAt)
                        ON CONFLICT (booking_id) DO NOTHING
                        """)
                .param("bookingId", booking.bookingId())
                .param("userId", booking.userId())
                .param("email", booking.holder().email())
                .param("name", booking.holder().name())
                .param("eventId", booking.eventId())
                .param("sessionId", booking.sessionId())
                .param("quantity", booking.quantity())
                .param("confirmedAt", Timestamp.from(booking.confirmedAt()))
                .param("startsAt", timestamp(event.sessionStartsAt()))
                .param("timeZone", event.timeZone().getId())
                .param("title", event.title())
                .param("venue", event.venue())
                .param("sessionName", event.sessionName())
                .param("ticketTypeName", event.ticketTypeName())
                .param("endsAt", timestamp(event.sessionEndsAt()))
                .update();
    }

    @Override
    public void changed(UUID bookingId, int revision, UUID sessionId, int quantity, EventDetails event) {
        // revision guard: a change applied after a newer one would move the booking back to a stale line
        jdbc.sql("""
                        UPDATE held_booking
                           SET session_id = :sessionId, quantity = :quantity, revision = :revision,
                               session_starts_at = :startsAt, time_zone = :timeZone, event_title = :title,
                               venue = :venue, session_name = :sessionName, ticket_type_name = :ticketTypeName,
                               session_ends_at = :endsAt
                         WHERE booking_id = :bookingId AND revision < :revision AND status = 'CONFIRMED'
                        """)
                .param("sessionId", sessionId)
                .param("quantity", quantity)
                .param("revision", revision)
                .param("startsAt", timestamp(event.sessionStartsAt()))
                .param("timeZone", event.timeZone().getId())
                .param("title", event.title())
                .param("venue", event.venue())
                .param("sessionName", event.sessionName())
                .param("ticketTypeName", event.ticketTypeName())
                .param("endsAt", timestamp(event.sessionEndsAt()))
                .param("bookingId", bookingId)
                .update();
    }

    @Override
    public Optional<BookingCalendarEntry> calendarEntryOf(UUID bookingId) {
        return jdbc.sql("SELECT * FROM held_booking WHERE booking_id = :bookingId")
                .param("bookingId", bookingId)
                .query((row, number) -> new BookingCalendarEntry(bookingId, row.getInt("revision"),
                        "CANCELLED".equals(row.getString("status")), row.getInt("quantity"), eventDetails(row)))
                .optional();
    }

    @Override
    public void cancelled(UUID bookingId) {
        jdbc.sql("UPDATE held_booking SET status = 'CANCELLED' WHERE booking_id = :bookingId")
                .param("bookingId", bookingId)
                .update();
    }

    @Override
    public List<VenueHolder> upcomingHolders(UUID eventId, Instant now) {
        // one row per holder: several bookings of one event make one mail
        return jdbc.sql("""
                        SELECT DISTINCT ON (user_id) user_id, email, name, venue FROM held_booking
                         WHERE event_id = :eventId AND status = 'CONFIRMED' AND session_starts_at > :now
                         ORDER BY user_id, session_starts_at
                        """)
                .param("eventId", eventId)
                .param("now", Timestamp.from(now))
                .query((row, number) -> new VenueHolder(row.getObject("user_id", UUID.class),
                        new Recipient(row.getString("email"), row.getString("name")), row.getString("venue")))
                .list();
    }

    @Override
    public void eventDescribed(UUID eventId, String title, String venue, ZoneId timeZone) {
        jdbc.sql("""
                        UPDATE held_booking SET event_title = coalesce(:title, event_title), venue = :venue,
                                                time_zone = coalesce(:timeZone, time_zone)
                         WHERE event_id = :eventId
                        """)
                .param("title", title)
                .param("venue", venue)
                .param("timeZone", timeZone == null ? null : timeZone.getId())
                .param("eventId", eventId)
                .update();
    }

    @Override
    public List<SessionReminder> due(Instant now, Duration lead, Duration shorterLead, int limit) {
        // All in instants: a lead is a fixed duration before the session's instant, whatever the venue's zone or a
        // daylight-saving change in between. Served by held_booking_upcoming (confirmed, by start).
        return jdbc.sql("""
                        SELECT b.* FROM held_booking b
                         WHERE b.status = 'CONFIRMED'
                           AND b.session_starts_at > :shorterEnd
                           AND b.session_starts_at <= :leadEnd
                           AND b.confirmed_at < b.session_starts_at - make_interval(secs => :leadSeconds)
                           AND NOT EXISTS (SELECT 1 FROM sent_reminder r
                                            WHERE r.booking_id = b.booking_id AND r.session_id = b.session_id
                                              AND r.lead_seconds = :leadSeconds)
                         ORDER BY b.session_starts_at
                         LIMIT :limit
                        """)
                .param("shorterEnd", Timestamp.from(now.plus(shorterLead)))
                .param("leadEnd", Timestamp.from(now.plus(lead)))
                .param("leadSeconds", lead.toSeconds())
                .param("limit", limit)
                .query((row, number) -> new SessionReminder(heldBooking(row), lead))
                .list();
    }

    @Override
    public boolean markSent(SessionReminder reminder, Instant at) {
        // the primary key decides between replicas racing for the same reminder: one insert wins
        return jdbc.sql("""
                        INSERT INTO sent_reminder (booking_id, session_id, lead_seconds, sent_at)
                        VALUES (:bookingId, :sessionId, :leadSeconds, :at)
                        ON CONFLICT DO NOTHING
                        """)
                .param("bookingId", reminder.booking().bookingId())
                .param("sessionId", reminder.booking().sessionId())
                .param("leadSeconds", reminder.lead().toSeconds())
                .param("at", Timestamp.from(at))
                .update() == 1;
    }

    private static HeldBooking heldBooking(ResultSet row) throws SQLException {
        return new HeldBooking(row.getObject("booking_id", UUID.class), row.getObject("user_id", UUID.class),
                new Recipient(row.getString("email"), row.getString("name")), row.getObject("event_id", UUID.class),
                row.getObject("session_id", UUID.class), row.getInt("quantity"),
                row.getTimestamp("confirmed_at").toInstant(), eventDetails(row));
    }

    private static EventDetails eventDetails(ResultSet row) throws SQLException {
        return new EventDetails(row.getString("event_title"), row.getString("venue"),
                ZoneId.of(row.getString("time_zone")), row.getString("session_name"),
                instant(row.getTimestamp("session_starts_at")), row.getString("ticket_type_name"),
                instant(row.getTimestamp("session_ends_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
