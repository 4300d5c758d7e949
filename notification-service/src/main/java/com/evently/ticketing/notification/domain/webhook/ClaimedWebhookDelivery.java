package com.evently.ticketing.notification.domain.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * A delivery one sender took for itself until its claim runs out: what it needs to send it and to record the
 * outcome. {@code attempt} counts this attempt.
 */
public record ClaimedWebhookDelivery(UUID id, UUID claim, UUID subscriptionId, URI url, WebhookSecret secret,
                                     String payload, int attempt, Instant createdAt) {
}
