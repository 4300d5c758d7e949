package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.booking.domain.AttendeeQuery;
import com.evently.ticketing.booking.domain.BookingStatus;

import java.util.Arrays;
import java.util.UUID;

import static com.evently.ticketing.booking.adapter.in.web.QueryParameters.bool;
import static com.evently.ticketing.booking.adapter.in.web.QueryParameters.number;
import static com.evently.ticketing.booking.adapter.in.web.QueryParameters.parsed;
import static com.evently.ticketing.booking.adapter.in.web.QueryParameters.uuid;

/** The query string of {@code GET /api/v1/events/{id}/attendees}. */
record AttendeeParameters(String q, String sessionId, String ticketTypeId, String status, String checkedIn,
                          String page, String size) {

    AttendeeQuery toQuery(UUID eventId) {
        return new AttendeeQuery(eventId, q, uuid("sessionId", sessionId), uuid("ticketTypeId", ticketTypeId),
                parsed("status", status, null, BookingStatus::valueOf,
                        "one of " + Arrays.toString(BookingStatus.values())),
                bool("checkedIn", checkedIn),
                number("page", page, 0), number("size", size, AttendeeQuery.DEFAULT_SIZE));
    }
}
