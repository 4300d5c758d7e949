package com.evently.ticketing.event.application.port.in;


import com.evently.ticketing.platform.domain.Caller;

import java.util.UUID;

/** The owner of a draft, or an admin, throws it away; published events are cancelled instead. */
public interface DeleteEvent {

    /**
     * @throws NotPermittedException when the actor may not organize events, or may see but not manage the event
     * @throws EventNotFoundException when there is no such event the actor may see
     * @throws com.evently.ticketing.event.domain.InvalidEventStateException unless the event is a draft
     */
    void delete(Caller actor, UUID eventId);
}
