package com.evently.ticketing.event.application;

import com.evently.ticketing.event.application.port.out.Events;
import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.platform.domain.Caller;

import java.util.Optional;
import java.util.UUID;

/** Anyone reads a published event; a draft only its owner and admins. */
public class ViewingEvent {

    private final Events events;

    public ViewingEvent(Events events) {
        this.events = events;
    }

    /**
     * @param viewer the caller, empty when anonymous
     * @throws EventNotFound when there is no such event, or the viewer may not see it
     */
    public Event view(UUID eventId, Optional<Caller> viewer) {
        return events.findById(eventId)
                .filter(event -> event.isVisibleTo(viewer))
                .orElseThrow(() -> new EventNotFound(eventId));
    }
}
