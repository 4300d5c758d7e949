package com.evently.ticketing.notification.adapter.in.web;

import com.evently.ticketing.notification.domain.webhook.DeliveryStatus;
import com.evently.ticketing.notification.domain.webhook.WebhookDelivery;
import com.evently.ticketing.notification.domain.webhook.WebhookEventType;
import com.evently.ticketing.notification.domain.webhook.WebhookSubscription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The webhook API's bodies. */
final class WebhookResponses {

    /** What a partner sends to subscribe. */
    record SubscribeRequest(String url, List<String> eventTypes) {
    }

    /** A subscription without its secret: the secret is shown once, in {@link CreatedSubscription}. */
    record Subscription(UUID id, UUID organizerId, String url, List<String> eventTypes, String status,
                        String disabledReason, Instant disabledAt, Instant createdAt) {

        static Subscription of(WebhookSubscription subscription) {
            return new Subscription(subscription.id(), subscription.organizerId(), subscription.url().toString(),
                    typeNames(subscription), subscription.status().name(), subscription.disabledReason(),
                    subscription.disabledAt(), subscription.createdAt());
        }
    }

    record CreatedSubscription(UUID id, UUID organizerId, String url, List<String> eventTypes, String status,
                               Instant createdAt, String secret) {

        static CreatedSubscription of(WebhookSubscription subscription) {
            return new CreatedSubscription(subscription.id(), subscription.organizerId(),
                    subscription.url().toString(), typeNames(subscription), subscription.status().name(),
                    subscription.createdAt(), subscription.secret().value());
        }
    }

    record Subscriptions(List<Subscription> items) {
    }

    /** @param id also the {@code webhook-id} header of every attempt */
    record Delivery(UUID id, String eventType, UUID eventId, String status, int attempts, Integer responseCode,
                    String lastError, Instant createdAt, Instant lastAttemptAt, Instant nextAttemptAt,
                    Instant deliveredAt) {

        static Delivery of(WebhookDelivery delivery) {
            boolean pending = delivery.status() == DeliveryStatus.PENDING;
            return new Delivery(delivery.id(), delivery.eventType().publicName(), delivery.sourceEventId(),
                    delivery.status().name(), delivery.attempts(), delivery.responseCode(), delivery.lastError(),
                    delivery.createdAt(), delivery.lastAttemptAt(), pending ? delivery.nextAttemptAt() : null,
                    delivery.deliveredAt());
        }
    }

    private static List<String> typeNames(WebhookSubscription subscription) {
        return subscription.eventTypes().stream().map(WebhookEventType::publicName).sorted().toList();
    }

    private WebhookResponses() {
    }
}
