package com.evently.ticketing.notification.domain.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An organizer's order to be told of {@code eventTypes} about its own events at {@code url}.
 *
 * @param disabledReason why deliveries stopped, absent while enabled
 */
public record WebhookSubscription(UUID id, UUID organizerId, URI url, Set<WebhookEventType> eventTypes,
                                  WebhookSecret secret, SubscriptionStatus status, String disabledReason,
                                  Instant disabledAt, Instant createdAt) {

    public WebhookSubscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizerId, "organizerId");
        Objects.requireNonNull(url, "url");
        eventTypes = Set.copyOf(eventTypes);
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static WebhookSubscription create(UUID organizerId, URI url, Set<WebhookEventType> eventTypes,
                                             Instant now) {
        return new WebhookSubscription(UUID.randomUUID(), organizerId, url, eventTypes, WebhookSecret.generate(),
                SubscriptionStatus.ENABLED, null, null, now);
    }
}
