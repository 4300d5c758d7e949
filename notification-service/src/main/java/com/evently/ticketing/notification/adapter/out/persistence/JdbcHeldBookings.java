package com.evently.ticketing.notification.adapter.out.persistence;

import com.evently.ticketing.notification.application.port.out.HeldBookings;
import com.evently.ticketing.notification.domain.BookingCalendarEntry;
import com.evently.ticketing.notification.domain.EventDetails;
import com.evently.ticketing.notification.domain.EventHolder;
import com.evently.ticketing.notification.domain.HeldBooking;
import com.evently.ticketing.notification.domain.Recipient;
import com.evently.ticketing.notification.domain.ReminderSchedule;
import com.evently.ticketing.notification.domain.SessionReminder;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The bookings reminders are sent for ({@code held_booking}) and the reminders sent ({@code sent_reminder}). */
public class JdbcHeldBookings implements HeldBookings {

    /** event-service refuses longer leads; one arriving all the same is reminded no earlier than this. */
    static final Duration LONGEST_CHOSEN_LEAD = Duration.ofDays(14);

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
    public List<EventHolder> upcomingHolders(UUID eventId, Instant now) {
        // one row per holder, their next session: several bookings of one event make one mail
        return jdbc.sql("""
                        SELECT DISTINCT ON (user_id) user_id, email, name, venue, time_zone, session_name,
                                                     session_starts_at
                          FROM held_booking
                         WHERE event_id = :eventId AND status = 'CONFIRMED' AND session_starts_at > :now
                         ORDER BY user_id, session_starts_at
                        """)
                .param("eventId", eventId)
                .param("now", Timestamp.from(now))
                .query((row, number) -> new EventHolder(row.getObject("user_id", UUID.class),
                        new Recipient(row.getString("email"), row.getString("name")), row.getString("venue"),
                        ZoneId.of(row.getString("time_zone")), row.getString("session_name"),
                        instant(row.getTimestamp("session_starts_at"))))
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
    public void remindersPlanned(UUID eventId, long version, ReminderSchedule schedule) {
        // version guard: an older announcement applied after a newer one would bring back the old leads
        jdbc.sql("""
                        INSERT INTO event_reminder_leads (event_id, lead_seconds, version)
                        VALUES (:eventId, CAST(:leadSeconds AS bigint[]), :version)
                        ON CONFLICT (event_id) DO UPDATE
                           SET lead_seconds = EXCLUDED.lead_seconds, version = EXCLUDED.version
                         WHERE event_reminder_leads.version < EXCLUDED.version
                        """)
                .param("eventId", eventId)
                .param("leadSeconds", schedule == null ? null : secondsArray(schedule), Types.VARCHAR)
                .param("version", version)
                .update();
    }

    @Override
    public List<SessionReminder> due(Instant now, ReminderSchedule defaults, int limit) {
        // All in instants: a lead is a fixed duration before the session's instant, whatever the venue's zone or a
        // daylight-saving change in between. Each booking meets its event's leads (the organizer's, else the
        // defaults); the one due is the lead whose moment has passed while the next shorter one's has not. The
        // horizon bounds the scan by the longest lead there can be, so held_booking_upcoming (confirmed, by start)
        // serves it.
        return jdbc.sql("""
                        SELECT b.*, due.lead_seconds AS due_lead_seconds
                          FROM held_booking b
                          LEFT JOIN event_reminder_leads e ON e.event_id = b.event_id
                         CROSS JOIN LATERAL (
                               SELECT lead.seconds AS lead_seconds,
                                      (SELECT coalesce(max(shorter), 0)
                                         FROM unnest(coalesce(e.lead_seconds, CAST(:defaults AS bigint[]))) shorter
                                        WHERE shorter < lead.seconds) AS shorter_seconds
                                 FROM unnest(coalesce(e.lead_seconds, CAST(:defaults AS bigint[]))) AS lead(seconds)
                               ) due
                         WHERE b.status = 'CONFIRMED'
                           AND b.session_starts_at > :now
                           AND b.session_starts_at <= :horizonEnd
                           AND b.session_starts_at - make_interval(secs => due.lead_seconds) <= :now
                           AND b.session_starts_at - make_interval(secs => due.shorter_seconds) > :now
                           AND b.confirmed_at < b.session_starts_at - make_interval(secs => due.lead_seconds)
                           AND NOT EXISTS (SELECT 1 FROM sent_reminder r
                                            WHERE r.booking_id = b.booking_id AND r.session_id = b.session_id
                                              AND r.lead_seconds = due.lead_seconds)
                         ORDER BY b.session_starts_at
                         LIMIT :limit
                        """)
                .param("defaults", secondsArray(defaults), Types.VARCHAR)
                .param("now", Timestamp.from(now))
                .param("horizonEnd", Timestamp.from(now.plus(horizon(defaults))))
                .param("limit", limit)
                .query((row, number) -> new SessionReminder(heldBooking(row),
                        Duration.ofSeconds(row.getLong("due_lead_seconds"))))
                .list();
    }

    /** The longest lead any event can have: what event-service allows, or a longer default. */
    private static Duration horizon(ReminderSchedule defaults) {
        return defaults.leads().stream().filter(lead -> lead.compareTo(LONGEST_CHOSEN_LEAD) > 0).findFirst()
                .orElse(LONGEST_CHOSEN_LEAD);
    }

    /** As a PostgreSQL array literal of seconds ({@code {86400,7200}}), which the SQL casts. */
    private static String secondsArray(ReminderSchedule schedule) {
        return schedule.leads().stream().map(lead -> Long.toString(lead.toSeconds()))
                .collect(Collectors.joining(",", "{", "}"));
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
