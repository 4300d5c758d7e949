package com.evently.ticketing.notification.testing;

import com.evently.ticketing.notification.application.port.out.HeldBookings;
import com.evently.ticketing.notification.domain.BookingCalendarEntry;
import com.evently.ticketing.notification.domain.EventDetails;
import com.evently.ticketing.notification.domain.EventHolder;
import com.evently.ticketing.notification.domain.HeldBooking;
import com.evently.ticketing.notification.domain.ReminderSchedule;
import com.evently.ticketing.notification.domain.SessionReminder;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The held bookings, the organizers' reminder schedules and the reminders sent, in maps, with the rules of
 * {@code JdbcHeldBookings}: a known booking is not confirmed twice, changes and schedules are guarded by their
 * revision and version, each reminder (booking, session, lead) is recorded once, and the reminder due for a booking
 * is the lead whose moment has passed while the next shorter one's has not, if the booking was made before it.
 */
public final class InMemoryHeldBookings implements HeldBookings {

    private record Held(HeldBooking booking, int revision, boolean cancelled) {
    }

    private record Planned(long version, ReminderSchedule schedule) {
    }

    private record SentReminder(UUID bookingId, UUID sessionId, Duration lead) {
    }

    private final Map<UUID, Held> bookings = new LinkedHashMap<>();
    private final Map<UUID, Planned> schedules = new LinkedHashMap<>();
    private final Set<SentReminder> sent = new HashSet<>();

    @Override
    public void confirmed(HeldBooking booking) {
        bookings.putIfAbsent(booking.bookingId(), new Held(booking, 0, false));
    }

    @Override
    public void changed(UUID bookingId, int revision, UUID sessionId, int quantity, EventDetails event) {
        Held held = bookings.get(bookingId);
        if (held == null || held.cancelled() || held.revision() >= revision) {
            return;
        }
        HeldBooking booking = held.booking();
        bookings.put(bookingId, new Held(new HeldBooking(bookingId, booking.userId(), booking.holder(),
                booking.eventId(), sessionId, quantity, booking.confirmedAt(), event), revision, false));
    }

    @Override
    public Optional<BookingCalendarEntry> calendarEntryOf(UUID bookingId) {
        return Optional.ofNullable(bookings.get(bookingId)).map(held -> new BookingCalendarEntry(bookingId,
                held.revision(), held.cancelled(), held.booking().quantity(), held.booking().event()));
    }

    @Override
    public void cancelled(UUID bookingId) {
        bookings.computeIfPresent(bookingId, (id, held) -> new Held(held.booking(), held.revision(), true));
    }

    @Override
    public List<EventHolder> upcomingHolders(UUID eventId, Instant now) {
        // one per holder, with their next session
        return confirmed()
                .filter(booking -> booking.eventId().equals(eventId) && startsAt(booking) != null
                        && startsAt(booking).isAfter(now))
                .collect(Collectors.groupingBy(HeldBooking::userId, LinkedHashMap::new,
                        Collectors.minBy(Comparator.comparing(InMemoryHeldBookings::startsAt))))
                .values().stream()
                .flatMap(Optional::stream)
                .map(booking -> new EventHolder(booking.userId(), booking.holder(), booking.event().venue(),
                        booking.event().timeZone(), booking.event().sessionName(), startsAt(booking)))
                .toList();
    }

    @Override
    public void eventDescribed(UUID eventId, String title, String venue, ZoneId timeZone) {
        bookings.replaceAll((id, held) -> {
            HeldBooking booking = held.booking();
            if (!booking.eventId().equals(eventId)) {
                return held;
            }
            EventDetails event = booking.event();
            EventDetails described = new EventDetails(title == null ? event.title() : title, venue,
                    timeZone == null ? event.timeZone() : timeZone, event.sessionName(), event.sessionStartsAt(),
                    event.ticketTypeName(), event.sessionEndsAt());
            return new Held(new HeldBooking(id, booking.userId(), booking.holder(), eventId, booking.sessionId(),
                    booking.quantity(), booking.confirmedAt(), described), held.revision(), held.cancelled());
        });
    }

    @Override
    public void remindersPlanned(UUID eventId, long version, ReminderSchedule schedule) {
        Planned known = schedules.get(eventId);
        if (known == null || known.version() < version) {
            schedules.put(eventId, new Planned(version, schedule));
        }
    }

    @Override
    public List<SessionReminder> due(Instant now, ReminderSchedule defaults, int limit) {
        return confirmed()
                .filter(booking -> startsAt(booking) != null && startsAt(booking).isAfter(now))
                .sorted(Comparator.comparing(InMemoryHeldBookings::startsAt))
                .flatMap(booking -> dueLead(booking, now, scheduleOf(booking.eventId(), defaults)).stream()
                        .map(lead -> new SessionReminder(booking, lead)))
                .limit(limit)
                .toList();
    }

    @Override
    public boolean markSent(SessionReminder reminder, Instant at) {
        return sent.add(new SentReminder(reminder.booking().bookingId(), reminder.booking().sessionId(),
                reminder.lead()));
    }

    /** The booking as held now, failing the test when it is not held at all. */
    public HeldBooking booking(UUID bookingId) {
        return Objects.requireNonNull(bookings.get(bookingId), () -> "no held booking " + bookingId).booking();
    }

    /** How many reminders were recorded as sent, whether or not they were mailed. */
    public int remindersRecorded() {
        return sent.size();
    }

    private Optional<Duration> dueLead(HeldBooking booking, Instant now, ReminderSchedule schedule) {
        Instant startsAt = startsAt(booking);
        return schedule.leads().stream()
                .filter(lead -> !startsAt.minus(lead).isAfter(now)
                        && startsAt.minus(schedule.shorterThan(lead)).isAfter(now)
                        && booking.confirmedAt().isBefore(startsAt.minus(lead))
                        && !sent.contains(new SentReminder(booking.bookingId(), booking.sessionId(), lead)))
                .findFirst();
    }

    private ReminderSchedule scheduleOf(UUID eventId, ReminderSchedule defaults) {
        Planned planned = schedules.get(eventId);
        return planned == null || planned.schedule() == null ? defaults : planned.schedule();
    }

    private Stream<HeldBooking> confirmed() {
        return bookings.values().stream().filter(held -> !held.cancelled()).map(Held::booking);
    }

    private static Instant startsAt(HeldBooking booking) {
        return booking.event().sessionStartsAt();
    }
}
