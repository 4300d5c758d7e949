package com.evently.ticketing.event.adapter.in.web;

import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.Session;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * "Add to calendar" for an event: its .ics download (every session, updating in place on re-import) and one
 * Google Calendar link per session, whose template takes a single entry.
 */
record CalendarLinks(String ics, List<String> google) {

    private static final DateTimeFormatter GOOGLE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    static CalendarLinks of(Event event) {
        return new CalendarLinks(EventController.EVENTS + "/" + event.id() + "/calendar.ics",
                event.sessions().stream().map(session -> google(event, session)).toList());
    }

    private static String google(Event event, Session session) {
        UriComponentsBuilder link = UriComponentsBuilder.fromUriString("https://calendar.google.com/calendar/render")
                .queryParam("action", "TEMPLATE")
                .queryParam("text", event.sessions().size() == 1 ? event.details().title()
                        : event.details().title() + " — " + session.name())
                .queryParam("dates", utc(session.startsAt()) + "/" + utc(session.endsAt()))
                .queryParam("ctz", event.details().timeZone().getId());
        if (event.details().venue() != null) {
            link.queryParam("location", event.details().venue());
        }
        return link.encode().build().toUriString();
    }

    private static String utc(Instant time) {
        return GOOGLE_TIME.format(time);
    }
}
