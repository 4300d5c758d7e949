package com.evently.ticketing.notification.application.port.out;

import com.evently.ticketing.notification.domain.webhook.WebhookEventType;
import com.evently.ticketing.notification.domain.webhook.WebhookSubscription;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Organizers' webhook subscriptions. */
public interface WebhookSubscriptions {

    void add(WebhookSubscription subscription);

    Optional<WebhookSubscription> find(UUID id);

    /** Oldest first; {@code organizerId} null means every organizer's. */
    List<WebhookSubscription> list(UUID organizerId);

    /** Deletes the subscription and its deliveries; false when there was none. */
    boolean delete(UUID id);

    /** Enabled subscriptions of {@code organizerId} to {@code type} that existed at {@code occurredAt}. */
    List<WebhookSubscription> subscribedTo(UUID organizerId, WebhookEventType type, Instant occurredAt);

    /** False when it was disabled already (another sender got there first). */
    boolean disable(UUID id, String reason, Instant at);

    void enable(UUID id);
}
