package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.BookingCalendars;
import com.evently.ticketing.booking.application.port.out.EventSnapshots;
import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingId;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.platform.domain.Caller;

/** A booking as a calendar entry, for its buyer (or an admin) to import. */
public final class ExportingBookingCalendar {

    private final ViewingBooking viewingBooking;
    private final EventSnapshots eventSnapshots;
    private final BookingCalendars calendars;

    public ExportingBookingCalendar(ViewingBooking viewingBooking, EventSnapshots eventSnapshots,
                                    BookingCalendars calendars) {
        this.viewingBooking = viewingBooking;
        this.eventSnapshots = eventSnapshots;
        this.calendars = calendars;
    }

    /**
     * @throws BookingNotFound when there is no such booking or it is not the actor's to see
     * @throws EventNotFound   when booking no longer knows the booking's event (never for a booking it confirmed)
     */
    public String export(BookingId id, Caller actor) {
        Booking booking = viewingBooking.view(id, actor);
        EventSnapshot event = eventSnapshots.find(booking.line().eventId())
                .orElseThrow(() -> new EventNotFound(booking.line().eventId()));
        return calendars.render(booking, event);
    }
}
