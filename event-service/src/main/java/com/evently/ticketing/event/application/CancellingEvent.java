package com.evently.ticketing.event.application;

import com.evently.ticketing.event.application.port.out.Events;
import com.evently.ticketing.event.application.port.out.IntegrationEvents;
import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.EventCalledOff;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.util.UUID;

/** The owner of a published event, or an admin, calls it off and announces it to the other services. */
public class CancellingEvent {

    private final Events events;
    private final OrganizerAccess access;
    private final IntegrationEvents integrationEvents;
    private final Transactions transactions;
    private final Clock clock;

    public CancellingEvent(Events events, OrganizerAccess access, IntegrationEvents integrationEvents,
                           Transactions transactions, Clock clock) {
        this.events = events;
        this.access = access;
        this.integrationEvents = integrationEvents;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param reason shown with the event and sent to the other services; null or blank for none
     * @throws EventManagementNotPermitted when the actor may not organize events, or may see but not manage the event
     * @throws EventNotFound when there is no such event the actor may see
     * @throws com.evently.ticketing.event.domain.EventStateConflict unless the event is published
     * @throws IllegalArgumentException when the reason is too long
     */
    public Event cancel(Caller actor, UUID eventId, String reason) {
        return transactions.inTransaction(() -> {
            Event event = access.eventToChange(actor, eventId, "cancel");
            long versionRead = event.version();
            EventCalledOff cancelled = event.cancel(reason, clock.instant());
            // as for publishing: of two concurrent cancels only one commits, so the event is called off once
            events.update(event, versionRead);
            integrationEvents.announce(cancelled);
            return event;
        });
    }
}
