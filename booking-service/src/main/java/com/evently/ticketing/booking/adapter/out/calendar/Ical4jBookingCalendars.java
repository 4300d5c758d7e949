package com.evently.ticketing.booking.adapter.out.calendar;

import com.evently.ticketing.booking.application.port.out.BookingCalendars;
import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingStatusChange;
import com.evently.ticketing.booking.domain.EventSnapshot;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
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
import java.time.Instant;

/**
 * A booking as one VEVENT. The UID is the booking's id, which no edit changes, and SEQUENCE its revision, so an
 * app that imported an earlier download (or the confirmation mail's attachment, which uses the same UID) updates
 * that entry instead of adding a second; a cancelled booking stays in the file marked CANCELLED so apps remove it.
 */
public final class Ical4jBookingCalendars implements BookingCalendars {

    /** The domain part of every UID; notification-service's mail attachment uses the same one. */
    public static final String UID_DOMAIN = "bookings.evently.dev";

    @Override
    public String render(Booking booking, EventSnapshot event) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Evently//Bookings//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.PUBLISH);
        calendar.add(entry(booking, event));
        StringWriter text = new StringWriter();
        try {
            // validation off, as for event-service's feeds: ical4j's iTIP rules want an ORGANIZER in a PUBLISH, which
            // calendar apps do not need to import the entry, and each check logged a warning (one per confirmation mail)
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static VEvent entry(Booking booking, EventSnapshot event) {
        EventSnapshot.Session session = event.session(booking.line().sessionId()).orElseThrow(() ->
                new IllegalStateException("event " + event.eventId() + " has no session " + booking.line().sessionId()));
        String summary = event.sessions().size() == 1 ? event.title() : event.title() + " — " + session.name();
        String ticketType = event.ticketType(booking.line().ticketTypeId())
                .map(EventSnapshot.TicketType::name).orElse("Ticket");
        VEvent entry = new VEvent(session.startsAt(), session.endsAt(), summary)
                // replace, not add: the constructor stamps the entry with the time it was written (a second DTSTAMP)
                .add(new Uid(booking.id().value() + "@" + UID_DOMAIN))
                .replace(new DtStamp(lastChangeOf(booking)))
                .add(new Sequence(booking.revision()))
                .add(booking.isCancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED)
                .add(new Description(ticketType + " × " + booking.quantity()
                        + (booking.quantity() == 1 ? " seat" : " seats")));
        if (event.venue() != null) {
            entry.add(new Location(event.venue()));
        }
        return entry;
    }

    /** DTSTAMP from the booking itself, not the clock: the same booking state downloads as the same bytes. */
    private static Instant lastChangeOf(Booking booking) {
        return booking.history().stream().map(BookingStatusChange::at).max(Instant::compareTo)
                .orElse(booking.createdAt());
    }
}
