package com.evently.ticketing.event.application;

import com.evently.ticketing.event.application.port.out.EventChangeConflict;
import com.evently.ticketing.event.application.port.out.Events;
import com.evently.ticketing.event.application.port.out.IntegrationEvents;
import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.TicketTypeWithdrawn;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * The organizer takes a ticket type of a published event off sale. Nothing sold changes, so booking-service is told
 * afterwards (catalog.TicketTypeRetired) rather than asked: it stops selling the type, its bookings stay.
 */
public class RetiringTicketType {

    private final Events events;
    private final OrganizerAccess access;
    private final IntegrationEvents integrationEvents;
    private final Transactions transactions;
    private final Clock clock;

    public RetiringTicketType(Events events, OrganizerAccess access, IntegrationEvents integrationEvents,
                              Transactions transactions, Clock clock) {
        this.events = events;
        this.access = access;
        this.integrationEvents = integrationEvents;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @return the event as it is now; unchanged, version included, when the ticket type was retired already
     * @throws EventManagementNotPermitted when the actor may not manage the event
     * @throws EventNotFound               when there is no such event the actor may see
     * @throws StaleEventVersion           when the event changed since the actor read it
     * @throws com.evently.ticketing.event.domain.EventStateConflict unless the event is published
     * @throws com.evently.ticketing.event.domain.TicketTypeNotFound when the event has no such ticket type
     */
    public Event retire(Caller actor, UUID eventId, long expectedVersion, UUID ticketTypeId) {
        return transactions.inTransaction(() -> {
            Event event = access.eventToChange(actor, eventId, "retire a ticket type of");
            long versionRead = event.version();
            if (versionRead != expectedVersion) {
                throw new StaleEventVersion(event.id(), expectedVersion);
            }
            Optional<TicketTypeWithdrawn> retired = event.retireTicketType(ticketTypeId, clock.instant());
            if (retired.isEmpty()) {
                return event;
            }
            try {
                events.updateTicketType(event, ticketTypeId, versionRead);
            } catch (EventChangeConflict changedSinceRead) {
                throw new StaleEventVersion(event.id(), versionRead);
            }
            integrationEvents.announce(retired.get());
            return event;
        });
    }
}
