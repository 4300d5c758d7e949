package com.evently.ticketing.event.application;

import com.evently.ticketing.event.application.port.in.EventNotFoundException;
import com.evently.ticketing.event.application.port.in.ViewEvent;
import com.evently.ticketing.event.application.port.out.Events;
import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.platform.domain.Caller;

import java.util.Optional;
import java.util.UUID;

public class ViewingEvent implements ViewEvent {

    private final Events events;

    public ViewingEvent(Events events) {
        this.events = events;
    }

    @Override
    public Event view(UUID eventId, Optional<Caller> viewer) {
        return events.findById(eventId)
                .filter(event -> event.isVisibleTo(viewer))
                .orElseThrow(() -> new EventNotFoundException(eventId));
    }
}
