package com.evently.ticketing.analytics.adapter.in.messaging;

import com.evently.ticketing.platform.inbox.IdempotentConsumer;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What a listener feeds into the projection, in a form both its live (inbox) path and a replay can use: the event
 * types it handles, their payload types, and how a payload is recorded.
 */
interface ProjectionFeed {

    String topic();

    /** The payload type of an event type this feed handles; null for one it ignores. */
    Class<?> payloadType(String eventType);

    /** Records a payload of {@link #payloadType(String)}; a payload that breaks its contract is malformed. */
    void apply(String eventType, Object payload);

    /** The live path: a record of a type this feed handles goes through the inbox as {@code consumer}, others are skipped. */
    default void consume(IdempotentConsumer inbox, String consumer, ConsumerRecord<String, String> record) {
        String type = IncomingEvent.typeOf(record);
        Class<?> payloadType = payloadType(type);
        if (payloadType != null) {
            inbox.consume(consumer, record, payloadType, event -> apply(type, event.payload()));
        }
    }
}
