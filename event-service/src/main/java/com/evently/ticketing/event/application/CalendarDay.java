package com.evently.ticketing.event.application;

import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.Session;

import java.time.LocalDate;
import java.util.List;

/** One day of the calendar and the sessions starting on it, soonest first. */
public record CalendarDay(LocalDate date, List<Entry> sessions) {

    public CalendarDay {
        sessions = List.copyOf(sessions);
    }

    /** A session with the event it belongs to. */
    public record Entry(Event event, Session session) {
    }
}
