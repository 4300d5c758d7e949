package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.Attendees;
import com.evently.ticketing.booking.domain.AttendeePage;
import com.evently.ticketing.booking.domain.AttendeeQuery;
import com.evently.ticketing.platform.domain.Caller;

/** The seats of an event and who holds them, for its organizer and for admins. */
public final class ListingAttendees {

    private final EventOrganizerAccess access;
    private final Attendees attendees;

    public ListingAttendees(EventOrganizerAccess access, Attendees attendees) {
        this.access = access;
        this.attendees = attendees;
    }

    /**
     * One row per seat, in booking order.
     *
     * @throws OrganizerViewNotPermitted when the caller is neither an admin nor the event's organizer
     * @throws EventNotFound             when no published event with that id reached booking
     */
    public AttendeePage list(AttendeeQuery query, Caller actor) {
        access.eventShownTo(actor, query.eventId(), "attendees");
        return attendees.find(query);
    }
}
