package com.evently.ticketing.event.application;

import com.evently.ticketing.event.application.port.in.CreateEvent;
import com.evently.ticketing.event.application.port.in.CreateEventCommand;
import com.evently.ticketing.event.application.port.in.NotPermittedException;
import com.evently.ticketing.event.application.port.out.Events;
import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;

public class CreatingEvent implements CreateEvent {

    private final Events events;
    private final Transactions transactions;
    private final Clock clock;

    public CreatingEvent(Events events, Transactions transactions, Clock clock) {
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Event create(Caller actor, CreateEventCommand command) {
        if (!actor.mayOrganizeEvents()) {
            throw new NotPermittedException("Only organizers and admins create events");
        }
        Event draft = Event.draft(actor.id(), command.details(), command.sessions(), command.ticketTypes(),
                clock.instant());
        return transactions.inTransaction(() -> {
            events.add(draft);
            return draft;
        });
    }
}
