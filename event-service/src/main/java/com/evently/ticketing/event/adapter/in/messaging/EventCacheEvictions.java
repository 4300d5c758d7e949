package com.evently.ticketing.event.adapter.in.messaging;

import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.event.application.port.out.EventCache;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Keeps every replica's event cache in step with event-service's own announcements: each replica reads
 * {@code catalog.events.v1} in a consumer group of its own (so every replica sees every change), from the latest
 * offset (its cache starts empty), and forgets the event the record is keyed by. No inbox: forgetting twice is
 * harmless, and this changes no data, so the listener calls the cache port directly rather than a use case.
 */
@Component
class EventCacheEvictions {

    private final EventCache cache;

    EventCacheEvictions(EventCache cache) {
        this.cache = cache;
    }

    @KafkaListener(topics = Topics.CATALOG_EVENTS, groupId = "event-cache-#{T(java.util.UUID).randomUUID()}",
            properties = "auto.offset.reset=latest")
    void on(ConsumerRecord<String, String> record) {
        if (record.key() == null) {
            return;
        }
        try {
            cache.forget(UUID.fromString(record.key()));
        } catch (IllegalArgumentException notAnEventId) {
            // a key that is no event id names nothing this cache holds
        }
    }
}
