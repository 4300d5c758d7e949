package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.EventSnapshots;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.platform.domain.Caller;

import java.util.UUID;

/**
 * The one access rule of what an event's organizer sees: the caller must organize events (else 403), the event
 * must be known here (else 404), and the caller must be its organizer or an admin (else 403).
 */
public final class EventOrganizerAccess {

    private final EventSnapshots eventSnapshots;

    public EventOrganizerAccess(EventSnapshots eventSnapshots) {
        this.eventSnapshots = eventSnapshots;
    }

    /**
     * @param what what the caller wants to see, as a noun: "attendees", "feedback"
     * @throws OrganizerViewNotPermitted when the caller is neither an admin nor this event's organizer
     * @throws EventNotFound             when no published event with that id reached booking
     */
    EventSnapshot eventShownTo(Caller actor, UUID eventId, String what) {
        if (!actor.mayOrganizeEvents()) {
            throw new OrganizerViewNotPermitted("Only organizers and admins may see an event's " + what);
        }
        EventSnapshot event = eventSnapshots.find(eventId).orElseThrow(() -> new EventNotFound(eventId));
        if (!actor.isAdmin() && !event.organizerId().equals(actor.id())) {
            throw new OrganizerViewNotPermitted("Only the event's organizer or an admin may see its " + what);
        }
        return event;
    }
}
