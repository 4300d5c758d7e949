package com.evently.ticketing.event.application;

import com.evently.ticketing.event.application.port.out.EventCache;
import com.evently.ticketing.event.application.port.out.Events;
import com.evently.ticketing.event.application.port.out.IntegrationEvents;
import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.EventEnded;

import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Marks published events whose last session has ended as COMPLETED, a batch per transaction. Safe on several
 * replicas at once: each batch locks its events and skips those another replica holds, and the version check
 * of the update would refuse a second completion anyway. Each completion is announced (EventEnded), so booking
 * closes its sales and every replica's cache forgets the event.
 */
public class CompletingEvents {

    static final int BATCH = 100;

    private final Events events;
    private final IntegrationEvents integrationEvents;
    private final EventCache cache;
    private final Transactions transactions;
    private final Clock clock;

    public CompletingEvents(Events events, IntegrationEvents integrationEvents, EventCache cache,
                            Transactions transactions, Clock clock) {
        this.events = events;
        this.integrationEvents = integrationEvents;
        this.cache = cache;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return how many events were completed */
    public int completeEnded() {
        int completed = 0;
        List<Event> batch;
        do {
            Instant now = clock.instant();
            batch = transactions.inTransaction(() -> {
                List<Event> ended = events.lockEndedPublished(now, BATCH);
                for (Event event : ended) {
                    long versionRead = event.version();
                    EventEnded completion = event.complete(now);
                    events.update(event, versionRead);
                    integrationEvents.announce(completion);
                }
                return ended;
            });
            // the announcement reaches every replica's cache too; this one need not wait for it
            batch.forEach(event -> cache.forget(event.id()));
            completed += batch.size();
        } while (batch.size() == BATCH);
        return completed;
    }
}
