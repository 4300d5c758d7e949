package com.evently.ticketing.booking.adapter.out.messaging;

import com.evently.ticketing.booking.application.port.out.AvailabilityNotices;
import com.evently.ticketing.booking.domain.AvailabilityNotice;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.booking.AvailabilityChanged;
import com.evently.ticketing.platform.outbox.OutboxWriter;
import org.springframework.stereotype.Component;

/**
 * AvailabilityChanged, keyed by event id: the catalog derives "seats left" per event from all of its lines, and one
 * key keeps an event's notices in order on one partition.
 */
@Component
class OutboxAvailabilityNotices implements AvailabilityNotices {

    private final OutboxWriter.AggregateOutbox events;

    OutboxAvailabilityNotices(OutboxWriter outbox) {
        this.events = outbox.forAggregate("EventAvailability");
    }

    @Override
    public void announce(AvailabilityNotice notice) {
        InventoryLineKey key = notice.line().key();
        events.append(EventTypes.AVAILABILITY_CHANGED, key.eventId(), new AvailabilityChanged(key.eventId(),
                key.sessionId(), key.ticketTypeId(), notice.line().capacity(), notice.line().available(),
                notice.observedAt()));
    }
}
