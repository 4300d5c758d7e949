package com.evently.ticketing.event.application;

import com.evently.ticketing.event.application.port.out.EventChangeConflict;
import com.evently.ticketing.event.application.port.out.Events;
import com.evently.ticketing.event.application.port.out.IntegrationEvents;
import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.EventAnnouncement;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;

/**
 * A published event grows: its organizer adds a session (the series runs again) or a ticket type. Nothing sold
 * changes, so booking-service need not be asked; it opens the new inventory lines from the announcement.
 */
public class ExtendingEvent {

    private final Events events;
    private final OrganizerAccess access;
    private final IntegrationEvents integrationEvents;
    private final Transactions transactions;
    private final Clock clock;

    public ExtendingEvent(Events events, OrganizerAccess access, IntegrationEvents integrationEvents,
                          Transactions transactions, Clock clock) {
        this.events = events;
        this.access = access;
        this.integrationEvents = integrationEvents;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @throws EventManagementNotPermitted when the actor may not manage the event
     * @throws EventNotFound               when there is no such event the actor may see
     * @throws StaleEventVersion           when the event changed since the actor read it
     * @throws com.evently.ticketing.event.domain.EventStateConflict unless the event is published
     */
    public Event addSession(Caller actor, AddSessionCommand command) {
        return extend(actor, command.eventId(), command.expectedVersion(), "add a session to",
                event -> event.addSession(command.session(), clock.instant()));
    }

    /** As {@link #addSession}, for a ticket type sold in every session. */
    public Event addTicketType(Caller actor, AddTicketTypeCommand command) {
        return extend(actor, command.eventId(), command.expectedVersion(), "add a ticket type to",
                event -> event.addTicketType(command.ticketType(), clock.instant()));
    }

    private Event extend(Caller actor, UUID eventId, long expectedVersion, String action,
                         Function<Event, EventAnnouncement> change) {
        return transactions.inTransaction(() -> {
            Event event = access.eventToChange(actor, eventId, action);
            long versionRead = event.version();
            if (versionRead != expectedVersion) {
                throw new StaleEventVersion(event.id(), expectedVersion);
            }
            EventAnnouncement added = change.apply(event);
            try {
                events.addStructure(event, versionRead);
            } catch (EventChangeConflict changedSinceRead) {
                throw new StaleEventVersion(event.id(), versionRead);
            }
            integrationEvents.announce(added);
            return event;
        });
    }
}
