package com.evently.ticketing.event.application;

import com.evently.ticketing.event.application.port.out.Events;
import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Transactions;

import java.util.UUID;

/** The owner of a draft, or an admin, throws it away; published events are cancelled instead. */
public class DeletingEvent {

    private final Events events;
    private final OrganizerAccess access;
    private final Transactions transactions;

    public DeletingEvent(Events events, OrganizerAccess access, Transactions transactions) {
        this.events = events;
        this.access = access;
        this.transactions = transactions;
    }

    /**
     * @throws EventManagementNotPermitted when the actor may not organize events, or may see but not manage the event
     * @throws EventNotFound when there is no such event the actor may see
     * @throws com.evently.ticketing.event.domain.EventStateConflict unless the event is a draft
     */
    public void delete(Caller actor, UUID eventId) {
        transactions.inTransaction(() -> {
            Event event = access.eventToChange(actor, eventId, "delete");
            event.discard();
            // the version check keeps a draft that was published meanwhile from vanishing after its announcement
            events.remove(event.id(), event.version());
        });
    }
}
