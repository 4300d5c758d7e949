package com.evently.ticketing.event.application;

import com.evently.ticketing.event.application.port.out.IntegrationEvents;
import com.evently.ticketing.event.domain.EventAnnouncement;

import java.util.ArrayList;
import java.util.List;

/** Keeps what was announced; an announcement outside a transaction fails, as it could not commit with the change. */
final class RecordingIntegrationEvents implements IntegrationEvents {

    private final ImmediateTransactions transactions;
    private final List<EventAnnouncement> announced = new ArrayList<>();

    RecordingIntegrationEvents(ImmediateTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void announce(EventAnnouncement event) {
        if (!transactions.active()) {
            throw new IllegalStateException("announced outside a transaction: " + event);
        }
        announced.add(event);
    }

    List<EventAnnouncement> announced() {
        return List.copyOf(announced);
    }
}
