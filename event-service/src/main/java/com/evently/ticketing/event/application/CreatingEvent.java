package com.evently.ticketing.event.application;

import com.evently.ticketing.event.application.port.out.Events;
import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;

/** An organizer (or an admin) drafts an event they will own. */
public class CreatingEvent {

    private final Events events;
    private final Transactions transactions;
    private final Clock clock;

    public CreatingEvent(Events events, Transactions transactions, Clock clock) {
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @throws EventManagementNotPermitted when the actor may not organize events */
    public Event create(Caller actor, CreateEventCommand command) {
        if (!actor.mayOrganizeEvents()) {
            throw new EventManagementNotPermitted("Only organizers and admins create events");
        }
        Event draft = Event.draft(actor.id(), command.details(), command.sessions(), command.ticketTypes(),
                clock.instant());
        return transactions.inTransaction(() -> {
            events.add(draft);
            return draft;
        });
    }
}
