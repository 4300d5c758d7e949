package com.evently.ticketing.booking.domain;

import java.util.List;

/** A page of attendees, and how many match the query in all. */
public record AttendeePage(List<Attendee> attendees, int page, int size, long totalAttendees) {

    public AttendeePage {
        attendees = List.copyOf(attendees);
    }
}
