package com.evently.ticketing.booking.adapter.in.messaging;

import com.evently.ticketing.booking.application.ChangeCapacityCommand;
import com.evently.ticketing.contracts.catalog.CapacityChanged;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import com.evently.ticketing.platform.inbox.MalformedEventException;

/** Contract → command. */
final class CapacityChangedMapping {

    static ChangeCapacityCommand toCommand(IncomingEvent<CapacityChanged> event) {
        CapacityChanged changed = event.payload();
        try {
            return new ChangeCapacityCommand(changed.eventId(), changed.ticketTypeId(), changed.capacity(),
                    changed.changeId());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("CapacityChanged " + event.id() + " breaks its contract: " + e.getMessage(), e);
        }
    }

    private CapacityChangedMapping() {
    }
}
