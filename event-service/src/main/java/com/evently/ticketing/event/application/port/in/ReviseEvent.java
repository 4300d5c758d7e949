package com.evently.ticketing.event.application.port.in;

import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.platform.domain.Caller;

/**
 * The owner of an event, or an admin, rewrites it from the version they read: a draft entirely, a published
 * event only in its details (announced to the other services).
 */
public interface ReviseEvent {

    /**
     * @return the event as it is now; unchanged, version included, when the revision changed nothing
     * @throws NotPermittedException when the actor may not organize events, or may see but not manage the event
     * @throws EventNotFoundException when there is no such event the actor may see
     * @throws StaleEventVersionException when the event changed since the actor read it
     * @throws com.evently.ticketing.event.domain.InvalidEventStateException when the event is cancelled
     * @throws com.evently.ticketing.event.domain.PublishedStructureLockedException when a published event's
     *         sessions or ticket types would change
     */
    Event revise(Caller actor, ReviseEventCommand command);
}
