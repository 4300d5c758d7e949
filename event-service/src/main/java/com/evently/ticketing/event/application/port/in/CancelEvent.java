package com.evently.ticketing.event.application.port.in;

import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.platform.domain.Caller;

import java.util.UUID;

/** The owner of a published event, or an admin, calls it off and announces it to the other services. */
public interface CancelEvent {

    /**
     * @param reason shown with the event and sent to the other services; null or blank for none
     * @throws NotPermittedException when the actor may not organize events, or may see but not manage the event
     * @throws EventNotFoundException when there is no such event the actor may see
     * @throws com.evently.ticketing.event.domain.InvalidEventStateException unless the event is published
     * @throws IllegalArgumentException when the reason is too long
     */
    Event cancel(Caller actor, UUID eventId, String reason);
}
