package com.evently.ticketing.event.application.port.in;

import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.platform.domain.Caller;

/** An organizer (or an admin) drafts an event they will own. */
public interface CreateEvent {

    /** @throws NotPermittedException when the actor may not organize events */
    Event create(Caller actor, CreateEventCommand command);
}
