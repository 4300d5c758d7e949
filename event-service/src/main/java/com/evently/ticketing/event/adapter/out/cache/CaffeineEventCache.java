package com.evently.ticketing.event.adapter.out.cache;

import com.evently.ticketing.event.application.port.out.EventCache;
import com.evently.ticketing.event.application.port.out.Events;
import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.EventStatus;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Public events in memory, loaded once per id however many readers ask at the same moment (Caffeine runs one
 * load per key and lets the others wait for it). Entries expire after {@code timeToLive}: the bound on how stale
 * a change nobody announces (completion on another replica) can be. Kept events are never handed out for change:
 * {@link Event} is mutable, so every read gets a copy.
 */
public class CaffeineEventCache implements EventCache {

    private final Events events;
    private final Cache<UUID, Event> cache;

    public CaffeineEventCache(Events events, Duration timeToLive, long maximumSize) {
        this.events = events;
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(timeToLive)
                .maximumSize(maximumSize)
                .recordStats()
                .build();
    }

    @Override
    public Optional<Event> findPublic(UUID eventId) {
        // a missing event or a draft maps to null, which Caffeine does not keep: publishing it is seen at once
        Event kept = cache.get(eventId, id -> events.findById(id)
                .filter(event -> event.status() != EventStatus.DRAFT)
                .orElse(null));
        return Optional.ofNullable(kept).map(CaffeineEventCache::copyOf);
    }

    @Override
    public void forget(UUID eventId) {
        cache.invalidate(eventId);
    }

    /** Hits, misses and loads, for the benchmark. */
    public CacheStats stats() {
        return cache.stats();
    }

    /** Publishes hits, misses, loads and size as {@code cache.*} metrics tagged {@code cache=event-reads}. */
    public void registerMetrics(MeterRegistry meters) {
        CaffeineCacheMetrics.monitor(meters, cache, "event-reads");
    }

    private static Event copyOf(Event event) {
        return Event.restore(event.id(), event.organizerId(), event.details(), event.sessions(), event.ticketTypes(),
                event.status(), event.version(), event.createdAt(), event.updatedAt(),
                event.publishedAt().orElse(null), event.cancellation().orElse(null));
    }
}
