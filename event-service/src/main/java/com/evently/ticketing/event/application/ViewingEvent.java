package com.evently.ticketing.event.application;

import com.evently.ticketing.event.application.port.out.EventCache;
import com.evently.ticketing.event.application.port.out.Events;
import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.platform.domain.Caller;

import java.util.Optional;
import java.util.UUID;

/**
 * Anyone reads a published (completed, cancelled) event; a draft only its owner and admins. The public read from
 * the cache; organizers and admins read the stored event, as they change events from what they read (If-Match)
 * and must see their own change at once.
 */
public class ViewingEvent {

    private final Events events;
    private final EventCache cache;

    public ViewingEvent(Events events, EventCache cache) {
        this.events = events;
        this.cache = cache;
    }

    /**
     * @param viewer the caller, empty when anonymous
     * @throws EventNotFound when there is no such event, or the viewer may not see it
     */
    public Event view(UUID eventId, Optional<Caller> viewer) {
        Optional<Event> event = viewer.filter(Caller::mayOrganizeEvents).isPresent()
                ? events.findById(eventId).filter(found -> found.isVisibleTo(viewer))
                : cache.findPublic(eventId);
        return event.orElseThrow(() -> new EventNotFound(eventId));
    }
}
