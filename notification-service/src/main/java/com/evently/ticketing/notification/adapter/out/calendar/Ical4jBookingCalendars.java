package com.evently.ticketing.notification.adapter.out.calendar;

import com.evently.ticketing.notification.application.port.out.BookingCalendars;
import com.evently.ticketing.notification.application.port.out.HeldBookings;
import com.evently.ticketing.notification.domain.Attachment;
import com.evently.ticketing.notification.domain.BookingCalendarEntry;
import com.evently.ticketing.notification.domain.EventDetails;
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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * The .ics of a booking from this service's own copy of it ({@code held_booking}), rendered with ical4j when the
 * mail is sent, so a booking changed since the mail was queued is attached as it is now. UID and SEQUENCE follow
 * booking-service's download ({@code <bookingId>@bookings.evently.dev}, the booking's revision).
 */
public final class Ical4jBookingCalendars implements BookingCalendars {

    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";
    /** Shared with booking-service: both files describe the same calendar entry. */
    static final String UID_DOMAIN = "bookings.evently.dev";

    private final HeldBookings heldBookings;
    private final Clock clock;

    public Ical4jBookingCalendars(HeldBookings heldBookings, Clock clock) {
        this.heldBookings = heldBookings;
        this.clock = clock;
    }

    @Override
    public Optional<Attachment> calendarOf(UUID bookingId) {
        return heldBookings.calendarEntryOf(bookingId)
                .filter(BookingCalendarEntry::isDated)
                .map(entry -> new Attachment("booking-" + bookingId + ".ics", MEDIA_TYPE,
                        render(entry).getBytes(StandardCharsets.UTF_8)));
    }

    private String render(BookingCalendarEntry booking) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Evently//Notifications//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.PUBLISH);
        calendar.add(entry(booking));
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

    private VEvent entry(BookingCalendarEntry booking) {
        EventDetails event = booking.event();
        String title = event.title() == null ? "Your booking" : event.title();
        String summary = event.sessionName() == null ? title : title + " — " + event.sessionName();
        VEvent entry = event.sessionEndsAt() == null
                ? new VEvent(event.sessionStartsAt(), summary)
                : new VEvent(event.sessionStartsAt(), event.sessionEndsAt(), summary);
        // replace, not add: the constructor stamps the entry with the time it was written (a second DTSTAMP)
        entry.add(new Uid(booking.bookingId() + "@" + UID_DOMAIN))
                .replace(new DtStamp(clock.instant()))
                .add(new Sequence(booking.revision()))
                .add(booking.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED)
                .add(new Description((event.ticketTypeName() == null ? "Ticket" : event.ticketTypeName())
                        + " × " + booking.quantity() + (booking.quantity() == 1 ? " seat" : " seats")));
        if (event.venue() != null) {
            entry.add(new Location(event.venue()));
        }
        return entry;
    }
}
