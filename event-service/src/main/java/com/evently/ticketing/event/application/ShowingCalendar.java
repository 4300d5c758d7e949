package com.evently.ticketing.event.application;

import com.evently.ticketing.event.application.port.out.Events;
import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.EventStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** The public calendar: sessions by day, and the feed calendar apps subscribe to. */
public class ShowingCalendar {

    /** Enough for a busy quarter; a calendar is no export of the whole catalog. */
    static final int MAX_EVENTS = 500;
    private static final Set<EventStatus> ON_THE_CALENDAR = Set.of(EventStatus.PUBLISHED, EventStatus.COMPLETED);
    /** Cancelled events stay in the feed, marked so, so that subscribed calendars drop them instead of keeping them. */
    private static final Set<EventStatus> IN_THE_FEED =
            Set.of(EventStatus.PUBLISHED, EventStatus.COMPLETED, EventStatus.CANCELLED);
    private static final Duration FEED_PAST = Duration.ofDays(30);
    private static final Duration FEED_FUTURE = Duration.ofDays(400);

    private final Events events;
    private final Clock clock;

    public ShowingCalendar(Events events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Every day of the query that has a session, in order; days without sessions are left out. */
    public List<CalendarDay> days(CalendarQuery query) {
        Instant from = query.firstDay().atStartOfDay(query.zone()).toInstant();
        Instant before = query.lastDay().plusDays(1).atStartOfDay(query.zone()).toInstant();
        Map<LocalDate, List<CalendarDay.Entry>> byDay = new TreeMap<>();
        for (Event event : events.scheduledBetween(from, before, query.organizerId(), ON_THE_CALENDAR, MAX_EVENTS)) {
            event.sessions().stream()
                    .filter(session -> !session.startsAt().isBefore(from) && session.startsAt().isBefore(before))
                    .forEach(session -> byDay.computeIfAbsent(session.startsAt().atZone(query.zone()).toLocalDate(),
                            day -> new ArrayList<>()).add(new CalendarDay.Entry(event, session)));
        }
        Comparator<CalendarDay.Entry> soonestFirst = Comparator
                .comparing((CalendarDay.Entry entry) -> entry.session().startsAt())
                .thenComparing(entry -> entry.session().id());
        return byDay.entrySet().stream()
                .map(day -> new CalendarDay(day.getKey(), day.getValue().stream().sorted(soonestFirst).toList()))
                .toList();
    }

    /** Events with a session from a month ago to a year ahead, of one organizer when {@code organizerId} is given. */
    public List<Event> feed(UUID organizerId) {
        Instant now = clock.instant();
        return events.scheduledBetween(now.minus(FEED_PAST), now.plus(FEED_FUTURE), organizerId, IN_THE_FEED,
                MAX_EVENTS);
    }
}
