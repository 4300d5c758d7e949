package com.evently.ticketing.event.adapter.in.web;

import com.evently.ticketing.event.application.CalendarDay;
import com.evently.ticketing.event.application.CalendarQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Sessions by day in the reader's time zone; {@code startsAt}/{@code endsAt} stay instants, as everywhere. */
record CalendarResponse(String timeZone, LocalDate from, LocalDate to, List<Day> days) {

    record Day(LocalDate date, List<Entry> sessions) {
    }

    record Entry(UUID eventId, String title, String venue, String status, UUID sessionId, String sessionName,
                 Instant startsAt, Instant endsAt) {
    }

    static CalendarResponse of(CalendarQuery query, List<CalendarDay> days) {
        return new CalendarResponse(query.zone().getId(), query.firstDay(), query.lastDay(),
                days.stream().map(day -> new Day(day.date(), day.sessions().stream().map(entry -> new Entry(
                        entry.event().id(), entry.event().details().title(), entry.event().details().venue(),
                        entry.event().status().name(), entry.session().id(), entry.session().name(),
                        entry.session().startsAt(), entry.session().endsAt())).toList())).toList());
    }
}
