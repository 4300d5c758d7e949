package com.evently.ticketing.identity.adapter.out.messaging;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.identity.application.port.out.IntegrationEvents;
import com.evently.ticketing.identity.domain.Role;
import com.evently.ticketing.identity.domain.UserRegistered;
import com.evently.ticketing.platform.outbox.OutboxWriter;
import org.springframework.stereotype.Component;

/** Maps domain events to their published contracts and hands them to the outbox of the current transaction. */
@Component
class OutboxIntegrationEvents implements IntegrationEvents {

    private static final String USER_AGGREGATE = "User";

    private final OutboxWriter outbox;

    OutboxIntegrationEvents(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void userRegistered(UserRegistered event) {
        var contract = new com.evently.ticketing.contracts.identity.UserRegistered(
                event.userId(),
                event.email().value(),
                event.name().value(),
                event.roles().stream().map(Role::name).toList(),
                event.occurredAt());
        outbox.append(EventTypes.USER_REGISTERED, USER_AGGREGATE, event.userId(), contract);
    }
}
