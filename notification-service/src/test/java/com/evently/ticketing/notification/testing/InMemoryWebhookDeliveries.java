package com.evently.ticketing.notification.testing;

import com.evently.ticketing.notification.application.port.out.WebhookDeliveries;
import com.evently.ticketing.notification.application.port.out.WebhookSubscriptions;
import com.evently.ticketing.notification.domain.webhook.ClaimedWebhookDelivery;
import com.evently.ticketing.notification.domain.webhook.DeliveryStatus;
import com.evently.ticketing.notification.domain.webhook.SubscriptionStatus;
import com.evently.ticketing.notification.domain.webhook.WebhookDelivery;
import com.evently.ticketing.notification.domain.webhook.WebhookEventType;
import com.evently.ticketing.notification.domain.webhook.WebhookSubscription;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The webhook outbox in a list, with the rules of {@code JdbcWebhookDeliveries}: one delivery per subscription and
 * integration event, claims that count attempts and hide the delivery until they run out, only deliveries of enabled
 * subscriptions claimed, one resource's deliveries one after the other, retries and failures recorded only by the
 * claim's holder. Single-threaded: concurrency is the integration tests'.
 */
public final class InMemoryWebhookDeliveries implements WebhookDeliveries {

    /** One row of the outbox as a test inspects it; {@code seq} is the order deliveries were queued in. */
    public record QueuedDelivery(UUID id, long seq, UUID subscriptionId, UUID sourceEventId, WebhookEventType type,
                                 String resourceKey, String payload, DeliveryStatus status, int attempts,
                                 Integer responseCode, String lastError, Instant createdAt, Instant lastAttemptAt,
                                 Instant nextAttemptAt, Instant deliveredAt, UUID claim) {

        QueuedDelivery with(DeliveryStatus status, int attempts, Integer responseCode, String lastError,
                            Instant lastAttemptAt, Instant nextAttemptAt, Instant deliveredAt, UUID claim) {
            return new QueuedDelivery(id, seq, subscriptionId, sourceEventId, type, resourceKey, payload, status,
                    attempts, responseCode, lastError, createdAt, lastAttemptAt, nextAttemptAt, deliveredAt, claim);
        }
    }

    private final WebhookSubscriptions subscriptions;
    private final List<QueuedDelivery> deliveries = new ArrayList<>();

    /** @param subscriptions whose URL, secret and status a claim reads, as the table's join does */
    public InMemoryWebhookDeliveries(WebhookSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public boolean add(UUID deliveryId, UUID subscriptionId, UUID sourceEventId, WebhookEventType type,
                       String resourceKey, String payload, Instant now) {
        boolean queuedBefore = sourceEventId != null && deliveries.stream().anyMatch(delivery ->
                delivery.subscriptionId().equals(subscriptionId) && sourceEventId.equals(delivery.sourceEventId()));
        if (queuedBefore) {
            return false;
        }
        deliveries.add(new QueuedDelivery(deliveryId, deliveries.size(), subscriptionId, sourceEventId, type,
                resourceKey, payload, DeliveryStatus.PENDING, 0, null, null, now, null, now, null, null));
        return true;
    }

    @Override
    public Optional<ClaimedWebhookDelivery> claimNext(Instant now, Instant claimedUntil) {
        Optional<QueuedDelivery> due = deliveries.stream()
                .filter(delivery -> delivery.status() == DeliveryStatus.PENDING
                        && !delivery.nextAttemptAt().isAfter(now)
                        && subscriptionOf(delivery).map(WebhookSubscription::status)
                        .orElse(SubscriptionStatus.DISABLED) == SubscriptionStatus.ENABLED
                        && noEarlierPendingOfItsResource(delivery))
                .min(Comparator.comparing(QueuedDelivery::nextAttemptAt));
        return due.map(delivery -> {
            QueuedDelivery claimed = delivery.with(delivery.status(), delivery.attempts() + 1,
                    delivery.responseCode(), delivery.lastError(), now, claimedUntil, delivery.deliveredAt(),
                    UUID.randomUUID());
            replace(claimed);
            WebhookSubscription subscription = subscriptionOf(claimed).orElseThrow();
            return new ClaimedWebhookDelivery(claimed.id(), claimed.claim(), claimed.subscriptionId(),
                    subscription.url(), subscription.secret(), claimed.payload(), claimed.attempts(),
                    claimed.createdAt());
        });
    }

    @Override
    public void markSucceeded(ClaimedWebhookDelivery delivery, int responseCode, Instant at) {
        row(delivery.id()).filter(row -> row.status() == DeliveryStatus.PENDING).ifPresent(row -> replace(
                row.with(DeliveryStatus.SUCCEEDED, row.attempts(), responseCode, null, row.lastAttemptAt(),
                        row.nextAttemptAt(), at, null)));
    }

    @Override
    public void scheduleRetry(ClaimedWebhookDelivery delivery, Integer responseCode, String error, Instant at,
                              Instant nextAttemptAt) {
        heldBy(delivery).ifPresent(row -> replace(row.with(DeliveryStatus.PENDING, row.attempts(), responseCode,
                error, row.lastAttemptAt(), nextAttemptAt, null, null)));
    }

    @Override
    public void markFailed(ClaimedWebhookDelivery delivery, Integer responseCode, String error, Instant at) {
        heldBy(delivery).ifPresent(row -> replace(row.with(DeliveryStatus.FAILED, row.attempts(), responseCode,
                error, row.lastAttemptAt(), row.nextAttemptAt(), null, null)));
    }

    @Override
    public Optional<WebhookDelivery> find(UUID subscriptionId, UUID deliveryId) {
        return row(deliveryId).filter(row -> row.subscriptionId().equals(subscriptionId))
                .map(InMemoryWebhookDeliveries::logged);
    }

    @Override
    public List<WebhookDelivery> list(UUID subscriptionId, int page, int size) {
        return deliveries.stream()
                .filter(row -> row.subscriptionId().equals(subscriptionId))
                .sorted(Comparator.comparing(QueuedDelivery::createdAt).thenComparing(QueuedDelivery::seq).reversed())
                .skip((long) page * size)
                .limit(size)
                .map(InMemoryWebhookDeliveries::logged)
                .toList();
    }

    @Override
    public long count(UUID subscriptionId) {
        return deliveries.stream().filter(row -> row.subscriptionId().equals(subscriptionId)).count();
    }

    @Override
    public boolean redeliver(UUID deliveryId, Instant now) {
        Optional<QueuedDelivery> finished = row(deliveryId).filter(row -> row.status() != DeliveryStatus.PENDING);
        finished.ifPresent(row -> replace(row.with(DeliveryStatus.PENDING, row.attempts(), row.responseCode(),
                row.lastError(), row.lastAttemptAt(), now, row.deliveredAt(), null)));
        return finished.isPresent();
    }

    /** Every delivery ever queued, in the order it was queued. */
    public List<QueuedDelivery> all() {
        return List.copyOf(deliveries);
    }

    /** The one delivery queued, failing the test when there is not exactly one. */
    public QueuedDelivery single() {
        if (deliveries.size() != 1) {
            throw new AssertionError("expected exactly one queued delivery, found " + deliveries.size());
        }
        return deliveries.getFirst();
    }

    public QueuedDelivery byId(UUID id) {
        return row(id).orElseThrow(() -> new AssertionError("no queued delivery " + id));
    }

    private boolean noEarlierPendingOfItsResource(QueuedDelivery due) {
        return deliveries.stream().noneMatch(earlier -> earlier.subscriptionId().equals(due.subscriptionId())
                && earlier.resourceKey().equals(due.resourceKey()) && earlier.status() == DeliveryStatus.PENDING
                && earlier.seq() < due.seq());
    }

    private Optional<WebhookSubscription> subscriptionOf(QueuedDelivery delivery) {
        return subscriptions.find(delivery.subscriptionId());
    }

    private Optional<QueuedDelivery> heldBy(ClaimedWebhookDelivery delivery) {
        return row(delivery.id()).filter(row -> row.status() == DeliveryStatus.PENDING
                && Objects.equals(row.claim(), delivery.claim()));
    }

    private Optional<QueuedDelivery> row(UUID id) {
        return deliveries.stream().filter(row -> row.id().equals(id)).findFirst();
    }

    private void replace(QueuedDelivery updated) {
        deliveries.replaceAll(row -> row.id().equals(updated.id()) ? updated : row);
    }

    private static WebhookDelivery logged(QueuedDelivery row) {
        return new WebhookDelivery(row.id(), row.subscriptionId(), row.type(), row.sourceEventId(), row.status(),
                row.attempts(), row.responseCode(), row.lastError(), row.createdAt(), row.lastAttemptAt(),
                row.nextAttemptAt(), row.deliveredAt());
    }
}
