package com.evently.ticketing.event.application;

import com.evently.ticketing.event.application.port.out.Events;
import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.Rescheduling;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;

/**
 * The owner of an event, or an admin, runs it again: a deep copy as a new draft owned by the caller, its sessions
 * moved, the ticket types it still sells copied (retired ones stay behind), and every session and ticket type under
 * a new id. Nothing is announced: the copy is a draft.
 */
public class CloningEvent {

    private final Events events;
    private final OrganizerAccess access;
    private final Transactions transactions;
    private final Clock clock;

    public CloningEvent(Events events, OrganizerAccess access, Transactions transactions, Clock clock) {
        this.events = events;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @throws EventManagementNotPermitted when the actor may not organize events, or may see but not manage the event
     * @throws EventNotFound when there is no such event the actor may see
     */
    public Event cloneEvent(Caller actor, CloneEventCommand command) {
        return transactions.inTransaction(() -> {
            Event source = access.eventToChange(actor, command.eventId(), "clone");
            Rescheduling schedule = command.shiftBy() != null ? command.shiftBy()
                    : Rescheduling.startingAt(source.firstSessionStart(), command.startsAt());
            Event copy = source.copyAsDraft(actor.id(), command.title(), schedule, clock.instant());
            events.add(copy);
            return copy;
        });
    }
}
