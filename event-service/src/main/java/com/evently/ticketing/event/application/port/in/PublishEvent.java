package com.evently.ticketing.event.application.port.in;

import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.platform.domain.Caller;

import java.util.UUID;

/** The owner of a draft, or an admin, puts it on sale and announces it to the other services. */
public interface PublishEvent {

    /**
     * @throws NotPermittedException when the actor may not organize events, or may see but not manage the event
     * @throws EventNotFoundException when there is no such event the actor may see
     * @throws com.evently.ticketing.event.domain.InvalidEventStateException when the event is not a draft
     */
    Event publish(Caller actor, UUID eventId);
}
