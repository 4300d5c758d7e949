package com.evently.ticketing.event.application;

import com.evently.ticketing.event.application.port.in.DeleteEvent;
import com.evently.ticketing.event.application.port.out.Events;
import com.evently.ticketing.event.application.port.out.Transactions;
import com.evently.ticketing.event.domain.Actor;
import com.evently.ticketing.event.domain.Event;

import java.util.UUID;

public class DeletingEvent implements DeleteEvent {

    private final Events events;
    private final OrganizerAccess access;
    private final Transactions transactions;

    public DeletingEvent(Events events, Transactions transactions) {
        this.events = events;
        this.access = new OrganizerAccess(events);
        this.transactions = transactions;
    }

    @Override
    public void delete(Actor actor, UUID eventId) {
        transactions.runInTransaction(() -> {
            Event event = access.eventToChange(actor, eventId, "delete");
            event.discard();
            // the version check keeps a draft that was published meanwhile from vanishing after its announcement
            events.remove(event.id(), event.version());
        });
    }
}
