package com.evently.ticketing.event.adapter.in.web;

import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.EventStatus;
import com.evently.ticketing.event.domain.Session;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Events as iCalendar (RFC 5545): one VEVENT per session. The UID is the session's id, which no edit of the event
 * changes, and SEQUENCE is the event's version, so a calendar app that imported or subscribed to it updates its
 * entry instead of adding a second one; a cancelled event keeps its entries, marked CANCELLED, so they are removed.
 */
final class IcsCalendars {

    static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";
    /** The domain part of every UID: session ids are unique, this says whose they are. */
    static final String UID_DOMAIN = "events.evently.dev";

    static String of(List<Event> events) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Evently//Catalog//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.PUBLISH);
        for (Event event : events) {
            for (Session session : event.sessions()) {
                calendar.add(entry(event, session));
            }
        }
        StringWriter text = new StringWriter();
        try {
            // validation off: an empty feed (no VEVENT) is still a useful answer to a subscriber
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    static String uidOf(Session session) {
        return session.id() + "@" + UID_DOMAIN;
    }

    private static VEvent entry(Event event, Session session) {
        String summary = event.sessions().size() == 1 ? event.details().title()
                : event.details().title() + " — " + session.name();
        // replace, not add: the constructor stamps the entry with the time it was written, which would make a
        // second DTSTAMP and a file that differs on every request, so that no ETag of its content could match
        VEvent entry = new VEvent(session.startsAt(), session.endsAt(), summary)
                .add(new Uid(uidOf(session)))
                .replace(new DtStamp(event.updatedAt()))
                .add(new LastModified(event.updatedAt()))
                .add(new Sequence((int) Math.min(Integer.MAX_VALUE, event.version())))
                .add(event.status() == EventStatus.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED
                        : ImmutableStatus.VEVENT_CONFIRMED);
        if (event.details().venue() != null) {
            entry.add(new Location(event.details().venue()));
        }
        if (event.details().description() != null) {
            entry.add(new Description(event.details().description()));
        }
        return entry;
    }

    private IcsCalendars() {
    }
}
