package com.evently.ticketing.notification.application.port.out;

import com.evently.ticketing.notification.domain.webhook.ClaimedWebhookDelivery;
import com.evently.ticketing.notification.domain.webhook.WebhookDelivery;
import com.evently.ticketing.notification.domain.webhook.WebhookEventType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The webhook outbox: deliveries waiting to go out, and the log of those that did or failed. */
public interface WebhookDeliveries {

    /**
     * Queues a delivery due at once, unless {@code sourceEventId} was queued for this subscription already (a
     * redelivered integration event).
     *
     * @param sourceEventId null for deliveries of no integration event (a ping)
     * @return false when nothing was queued because of such a delivery
     */
    boolean add(UUID deliveryId, UUID subscriptionId, UUID sourceEventId, WebhookEventType type, String resourceKey,
                String payload, Instant now);

    /**
     * Takes the most overdue pending delivery of an enabled subscription for the caller alone until
     * {@code claimedUntil}, counting one more attempt. Deliveries another sender holds are skipped, not waited
     * for, and so is a delivery while an earlier one with its subscription and resource key is pending: per
     * resource, receivers get events in the order they happened.
     */
    Optional<ClaimedWebhookDelivery> claimNext(Instant now, Instant claimedUntil);

    void markSucceeded(ClaimedWebhookDelivery delivery, int responseCode, Instant at);

    void scheduleRetry(ClaimedWebhookDelivery delivery, Integer responseCode, String error, Instant at,
                       Instant nextAttemptAt);

    void markFailed(ClaimedWebhookDelivery delivery, Integer responseCode, String error, Instant at);

    Optional<WebhookDelivery> find(UUID subscriptionId, UUID deliveryId);

    /** Newest first. */
    List<WebhookDelivery> list(UUID subscriptionId, int page, int size);

    long count(UUID subscriptionId);

    /** Makes a finished delivery due again at {@code now}; false when it is still pending. */
    boolean redeliver(UUID deliveryId, Instant now);
}
