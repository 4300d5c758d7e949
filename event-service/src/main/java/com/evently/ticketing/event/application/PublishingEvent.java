package com.evently.ticketing.event.application;

import com.evently.ticketing.event.application.port.out.Events;
import com.evently.ticketing.event.application.port.out.IntegrationEvents;
import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.EventWentOnSale;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.util.UUID;

/** The owner of a draft, or an admin, puts it on sale and announces it to the other services. */
public class PublishingEvent {

    private final Events events;
    private final OrganizerAccess access;
    private final IntegrationEvents integrationEvents;
    private final Transactions transactions;
    private final Clock clock;

    public PublishingEvent(Events events, OrganizerAccess access, IntegrationEvents integrationEvents,
                           Transactions transactions, Clock clock) {
        this.events = events;
        this.access = access;
        this.integrationEvents = integrationEvents;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @throws EventManagementNotPermitted when the actor may not organize events, or may see but not manage the event
     * @throws EventNotFound when there is no such event the actor may see
     * @throws com.evently.ticketing.event.domain.EventStateConflict when the event is not a draft
     */
    public Event publish(Caller actor, UUID eventId) {
        return transactions.inTransaction(() -> {
            Event event = access.eventToChange(actor, eventId, "publish");
            long versionRead = event.version();
            EventWentOnSale published = event.publish(clock.instant());
            // the version check makes concurrent publishes of one draft announce it once: the loser rolls back
            events.update(event, versionRead);
            integrationEvents.announce(published);
            return event;
        });
    }
}
