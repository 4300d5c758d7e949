package com.evently.ticketing.event.application.port.in;

import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.platform.domain.Caller;

import java.util.Optional;
import java.util.UUID;

/** Anyone reads a published event; a draft only its owner and admins. */
public interface ViewEvent {

    /**
     * @param viewer the caller, empty when anonymous
     * @throws EventNotFoundException when there is no such event, or the viewer may not see it
     */
    Event view(UUID eventId, Optional<Caller> viewer);
}
