package com.evently.ticketing.notification.domain.webhook;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An integration event as partners see it, ready to be delivered to whoever subscribed to its type.
 *
 * @param sourceEventId the integration event's id: a redelivered event adds no second delivery
 * @param eventId       the catalog event it concerns, whose organizer is told
 * @param organizerId   the organizer when the integration event names it, else learnt from an earlier catalog event
 * @param resourceKey   what ordering is kept for: deliveries with one key go out one after the other
 * @param occurredAt    when it happened: subscriptions made after that do not get it
 * @param payload       the public JSON body, exactly as it will be signed and sent
 */
public record WebhookEvent(UUID sourceEventId, WebhookEventType type, UUID eventId, UUID organizerId,
                           String resourceKey, Instant occurredAt, String payload) {

    public WebhookEvent {
        Objects.requireNonNull(sourceEventId, "sourceEventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(resourceKey, "resourceKey");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
    }
}
