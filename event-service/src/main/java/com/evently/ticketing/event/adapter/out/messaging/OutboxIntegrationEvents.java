package com.evently.ticketing.event.adapter.out.messaging;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.event.application.port.out.IntegrationEvents;
import com.evently.ticketing.event.domain.EventPublished;
import com.evently.ticketing.platform.outbox.OutboxWriter;
import org.springframework.stereotype.Component;

/** Announces catalog changes through the platform outbox, keyed by event id to keep each event's order. */
@Component
class OutboxIntegrationEvents implements IntegrationEvents {

    static final String AGGREGATE_TYPE = "Event";

    private final OutboxWriter outbox;

    OutboxIntegrationEvents(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void announce(EventPublished published) {
        outbox.append(EventTypes.EVENT_PUBLISHED, AGGREGATE_TYPE, published.eventId(),
                EventPublishedContract.from(published));
    }
}
