package com.evently.ticketing.analytics.adapter.in.messaging;

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
}
