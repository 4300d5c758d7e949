package com.evently.ticketing.event.application;

import com.evently.ticketing.event.application.port.in.PublishEvent;
import com.evently.ticketing.event.application.port.out.Events;
import com.evently.ticketing.event.application.port.out.IntegrationEvents;
import com.evently.ticketing.event.application.port.out.Transactions;
import com.evently.ticketing.event.domain.Actor;
import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.EventPublished;

import java.time.Clock;
import java.util.UUID;

public class PublishingEvent implements PublishEvent {

    private final Events events;
    private final OrganizerAccess access;
    private final IntegrationEvents integrationEvents;
    private final Transactions transactions;
    private final Clock clock;

    public PublishingEvent(Events events, IntegrationEvents integrationEvents, Transactions transactions, Clock clock) {
        this.events = events;
        this.access = new OrganizerAccess(events);
        this.integrationEvents = integrationEvents;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Event publish(Actor actor, UUID eventId) {
        return transactions.inTransaction(() -> {
            Event event = access.eventToChange(actor, eventId, "publish");
            long versionRead = event.version();
            EventPublished published = event.publish(clock.instant());
            // the version check makes concurrent publishes of one draft announce it once: the loser rolls back
            events.update(event, versionRead);
            integrationEvents.announce(published);
            return event;
        });
    }
}
