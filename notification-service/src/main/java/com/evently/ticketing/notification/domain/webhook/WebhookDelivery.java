package com.evently.ticketing.notification.domain.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * One delivery of one event to one subscription, as the delivery log shows it. Its id is the {@code webhook-id}
 * every attempt carries, so a receiver recognises a retry.
 *
 * @param responseCode the receiver's HTTP status at the last attempt, absent when it did not answer
 * @param lastError    why the last attempt failed, absent after a success
 */
public record WebhookDelivery(UUID id, UUID subscriptionId, WebhookEventType eventType, UUID sourceEventId,
                              DeliveryStatus status, int attempts, Integer responseCode, String lastError,
                              Instant createdAt, Instant lastAttemptAt, Instant nextAttemptAt, Instant deliveredAt) {
}
