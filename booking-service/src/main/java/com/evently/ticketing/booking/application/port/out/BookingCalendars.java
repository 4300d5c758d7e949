package com.evently.ticketing.booking.application.port.out;

import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.EventSnapshot;

/** Renders a booking as an iCalendar document (RFC 5545) that a calendar app imports as one entry. */
public interface BookingCalendars {

    /** {@code event} is the snapshot of the booking's event; the text is the whole VCALENDAR. */
    String render(Booking booking, EventSnapshot event);
}
