package com.evently.ticketing.notification.testing;

import com.evently.ticketing.notification.application.port.out.WebhookSubscriptions;
import com.evently.ticketing.notification.domain.webhook.SubscriptionStatus;
import com.evently.ticketing.notification.domain.webhook.WebhookEventType;
import com.evently.ticketing.notification.domain.webhook.WebhookSubscription;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Subscriptions in a map, for use-case tests without a database. */
public class InMemoryWebhookSubscriptions implements WebhookSubscriptions {

    private final Map<UUID, WebhookSubscription> subscriptions = new ConcurrentHashMap<>();

    @Override
    public void add(WebhookSubscription subscription) {
        subscriptions.put(subscription.id(), subscription);
    }

    @Override
    public Optional<WebhookSubscription> find(UUID id) {
        return Optional.ofNullable(subscriptions.get(id));
    }

    @Override
    public List<WebhookSubscription> list(UUID organizerId) {
        return subscriptions.values().stream()
                .filter(subscription -> organizerId == null || subscription.organizerId().equals(organizerId))
                .toList();
    }

    @Override
    public boolean delete(UUID id) {
        return subscriptions.remove(id) != null;
    }

    @Override
    public List<WebhookSubscription> subscribedTo(UUID organizerId, WebhookEventType type, Instant occurredAt) {
        return new ArrayList<>(list(organizerId).stream()
                .filter(subscription -> subscription.status() == SubscriptionStatus.ENABLED
                        && subscription.eventTypes().contains(type) && !subscription.createdAt().isAfter(occurredAt))
                .toList());
    }

    @Override
    public boolean disable(UUID id, String reason, Instant at) {
        WebhookSubscription current = subscriptions.get(id);
        if (current == null || current.status() == SubscriptionStatus.DISABLED) {
            return false;
        }
        subscriptions.put(id, new WebhookSubscription(id, current.organizerId(), current.url(), current.eventTypes(),
                current.secret(), SubscriptionStatus.DISABLED, reason, at, current.createdAt()));
        return true;
    }

    @Override
    public void enable(UUID id) {
        WebhookSubscription current = subscriptions.get(id);
        subscriptions.put(id, new WebhookSubscription(id, current.organizerId(), current.url(), current.eventTypes(),
                current.secret(), SubscriptionStatus.ENABLED, null, null, current.createdAt()));
    }

    public int size() {
        return subscriptions.size();
    }
}
