package com.evently.ticketing.event.application;

import com.evently.ticketing.event.application.port.out.EventChangeConflict;
import com.evently.ticketing.event.application.port.out.Events;
import com.evently.ticketing.event.application.port.out.IntegrationEvents;
import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.EventRevised;
import com.evently.ticketing.event.domain.EventStatus;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.util.Optional;

/**
 * The owner of an event, or an admin, rewrites it from the version they read: a draft entirely, a published
 * event only in its details (announced to the other services).
 */
public class RevisingEvent {

    private final Events events;
    private final OrganizerAccess access;
    private final IntegrationEvents integrationEvents;
    private final Transactions transactions;
    private final Clock clock;

    public RevisingEvent(Events events, OrganizerAccess access, IntegrationEvents integrationEvents,
                         Transactions transactions, Clock clock) {
        this.events = events;
        this.access = access;
        this.integrationEvents = integrationEvents;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @return the event as it is now; unchanged, version included, when the revision changed nothing
     * @throws EventManagementNotPermitted when the actor may not organize events, or may see but not manage the event
     * @throws EventNotFound when there is no such event the actor may see
     * @throws StaleEventVersion when the event changed since the actor read it
     * @throws com.evently.ticketing.event.domain.EventStateConflict when the event is cancelled
     * @throws com.evently.ticketing.event.domain.PublishedStructureConflict when a published event's
     *         sessions or ticket types would change
     */
    public Event revise(Caller actor, ReviseEventCommand command) {
        return transactions.inTransaction(() -> {
            Event event = access.eventToChange(actor, command.eventId(), "edit");
            long versionRead = event.version();
            if (versionRead != command.expectedVersion()) {
                throw new StaleEventVersion(event.id(), command.expectedVersion());
            }
            Optional<EventRevised> updated = event.revise(command.details(), command.sessions(),
                    command.ticketTypes(), clock.instant());
            if (event.version() == versionRead) {
                return event; // nothing changed: nothing to store or announce, and the client's ETag stays valid
            }
            store(event, versionRead);
            updated.ifPresent(integrationEvents::announce);
            return event;
        });
    }

    /** Only a draft's sessions and ticket types are rewritten: once published, other services hold their ids. */
    private void store(Event event, long versionRead) {
        try {
            if (event.status() == EventStatus.DRAFT) {
                events.replace(event, versionRead);
            } else {
                events.update(event, versionRead);
            }
        } catch (EventChangeConflict changedSinceRead) {
            // someone changed the event between our read and our write: the client's If-Match is stale now too
            throw new StaleEventVersion(event.id(), versionRead);
        }
    }
}
