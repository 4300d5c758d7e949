package com.evently.ticketing.event.application;

import com.evently.ticketing.event.application.port.out.BookingInventory;
import com.evently.ticketing.event.application.port.out.EventChangeConflict;
import com.evently.ticketing.event.application.port.out.Events;
import com.evently.ticketing.event.application.port.out.IntegrationEvents;
import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.TicketType;
import com.evently.ticketing.event.domain.TicketTypeResized;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.util.Optional;

/**
 * The organizer changes how many seats a published ticket type offers per session. Booking-service owns what is
 * sold, so it is asked first and may refuse; only then does the catalog store and announce the change. The call runs
 * between two short transactions, never inside one: a slow booking-service must not hold catalog rows.
 */
public class ChangingCapacity {

    private final Events events;
    private final OrganizerAccess access;
    private final BookingInventory bookingInventory;
    private final IntegrationEvents integrationEvents;
    private final Transactions transactions;
    private final Clock clock;

    public ChangingCapacity(Events events, OrganizerAccess access, BookingInventory bookingInventory,
                            IntegrationEvents integrationEvents, Transactions transactions, Clock clock) {
        this.events = events;
        this.access = access;
        this.bookingInventory = bookingInventory;
        this.integrationEvents = integrationEvents;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @return the event as it is now; unchanged, version included, when the ticket type had that capacity already
     * @throws EventManagementNotPermitted when the actor may not manage the event
     * @throws EventNotFound               when there is no such event the actor may see
     * @throws StaleEventVersion           when the event changed since the actor read it
     * @throws com.evently.ticketing.event.domain.EventStateConflict unless the event is published
     * @throws com.evently.ticketing.event.domain.TicketTypeNotFound when the event has no such ticket type
     * @throws com.evently.ticketing.event.application.port.out.CapacityBelowSoldConflict when booking-service refused
     * @throws com.evently.ticketing.event.application.port.out.BookingUnavailable when it could not be asked
     */
    public Event change(Caller actor, ChangeCapacityCommand command) {
        TicketType before = transactions.inTransaction(() -> current(actor, command).ticketType(command.ticketTypeId()));
        if (before.capacity() == command.capacity()) {
            return transactions.inTransaction(() -> current(actor, command));
        }
        bookingInventory.changeCapacity(command.eventId(), command.ticketTypeId(), command.capacity(),
                command.changeId());
        try {
            return transactions.inTransaction(() -> record(actor, command));
        } catch (RuntimeException failure) {
            // Booking already sells the new capacity: put it back, or the two would disagree until the next change.
            bookingInventory.restoreCapacity(command.eventId(), command.ticketTypeId(), before.capacity(),
                    command.changeId());
            throw failure;
        }
    }

    private Event record(Caller actor, ChangeCapacityCommand command) {
        Event event = current(actor, command);
        long versionRead = event.version();
        Optional<TicketTypeResized> changed = event.changeCapacity(command.ticketTypeId(), command.capacity(),
                command.changeId(), clock.instant());
        if (changed.isEmpty()) {
            return event;
        }
        try {
            events.updateTicketType(event, command.ticketTypeId(), versionRead);
        } catch (EventChangeConflict changedSinceRead) {
            throw new StaleEventVersion(event.id(), versionRead);
        }
        integrationEvents.announce(changed.get());
        return event;
    }

    private Event current(Caller actor, ChangeCapacityCommand command) {
        Event event = access.eventToChange(actor, command.eventId(), "change the capacity of");
        if (event.version() != command.expectedVersion()) {
            throw new StaleEventVersion(event.id(), command.expectedVersion());
        }
        return event;
    }
}
