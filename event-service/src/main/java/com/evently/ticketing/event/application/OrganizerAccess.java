package com.evently.ticketing.event.application;

import com.evently.ticketing.event.application.port.out.Events;
import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.platform.domain.Caller;

import java.util.Optional;
import java.util.UUID;

/**
 * The one access rule of every use case that changes an event: the caller must organize events (else 403),
 * must see the event (a draft of someone else's is answered as missing, 404, so it stays private), and must
 * own it or be an admin (else 403: a published event is public, so refusing it reveals nothing).
 */
public final class OrganizerAccess {

    private final Events events;

    public OrganizerAccess(Events events) {
        this.events = events;
    }

    /** @param action what the caller wants to do, as a verb: "publish", "edit" */
    Event eventToChange(Caller actor, UUID eventId, String action) {
        if (!actor.mayOrganizeEvents()) {
            throw new EventManagementNotPermitted("Only organizers and admins may " + action + " events");
        }
        Event event = events.findById(eventId)
                .filter(found -> found.isVisibleTo(Optional.of(actor)))
                .orElseThrow(() -> new EventNotFound(eventId));
        if (!event.isManageableBy(actor)) {
            throw new EventManagementNotPermitted("Only the event's organizer or an admin may " + action + " it");
        }
        return event;
    }
}
