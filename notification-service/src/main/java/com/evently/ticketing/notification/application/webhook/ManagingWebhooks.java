package com.evently.ticketing.notification.application.webhook;

import com.evently.ticketing.notification.application.port.out.HostResolver;
import com.evently.ticketing.notification.application.port.out.WebhookDeliveries;
import com.evently.ticketing.notification.application.port.out.WebhookSubscriptions;
import com.evently.ticketing.notification.domain.webhook.SubscriptionStatus;
import com.evently.ticketing.notification.domain.webhook.WebhookConflict;
import com.evently.ticketing.notification.domain.webhook.WebhookDelivery;
import com.evently.ticketing.notification.domain.webhook.WebhookEventType;
import com.evently.ticketing.notification.domain.webhook.WebhookNotFound;
import com.evently.ticketing.notification.domain.webhook.WebhookNotPermitted;
import com.evently.ticketing.notification.domain.webhook.WebhookSubscription;
import com.evently.ticketing.notification.domain.webhook.WebhookTargetPolicy;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.InvalidInput;
import com.evently.ticketing.platform.domain.Paging;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Organizers' webhook subscriptions: subscribing (URL checked against the target policy, on the addresses its host
 * resolves to now), listing, deleting, re-enabling, the delivery log, redelivery and a test ping. An organizer
 * sees its own subscriptions only, another's is "not found"; an administrator sees all.
 */
public class ManagingWebhooks {

    static final int MAX_EVENT_TYPES = WebhookEventType.values().length;
    static final int MAX_PAGE_SIZE = 100;

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final WebhookTargetPolicy targetPolicy;
    private final HostResolver hostResolver;
    private final Clock clock;

    public ManagingWebhooks(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries,
                            WebhookTargetPolicy targetPolicy, HostResolver hostResolver, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.targetPolicy = targetPolicy;
        this.hostResolver = hostResolver;
        this.clock = clock;
    }

    /** Everything is checked before anything is stored: a refused subscription leaves no trace. */
    public WebhookSubscription subscribe(Caller caller, String url, List<String> eventTypes) {
        requireManager(caller);
        URI target = targetPolicy.checkedUrl(url);
        Set<WebhookEventType> types = typesOf(eventTypes);
        targetPolicy.refusalOf(target.getHost(), hostResolver.resolve(target.getHost())).ifPresent(refusal -> {
            throw new InvalidInput("url refused: " + refusal);
        });
        WebhookSubscription subscription = WebhookSubscription.create(caller.id(), target, types, clock.instant());
        subscriptions.add(subscription);
        return subscription;
    }

    public List<WebhookSubscription> list(Caller caller) {
        requireManager(caller);
        return subscriptions.list(caller.isAdmin() ? null : caller.id());
    }

    public WebhookSubscription get(Caller caller, UUID subscriptionId) {
        requireManager(caller);
        return subscriptions.find(subscriptionId)
                .filter(subscription -> caller.isAdmin() || subscription.organizerId().equals(caller.id()))
                .orElseThrow(() -> new WebhookNotFound("webhook subscription", subscriptionId));
    }

    public void delete(Caller caller, UUID subscriptionId) {
        get(caller, subscriptionId);
        subscriptions.delete(subscriptionId);
    }

    /** After the receiver was fixed: deliveries left pending when it was disabled go out again. */
    public WebhookSubscription enable(Caller caller, UUID subscriptionId) {
        WebhookSubscription subscription = get(caller, subscriptionId);
        if (subscription.status() == SubscriptionStatus.DISABLED) {
            subscriptions.enable(subscriptionId);
        }
        return get(caller, subscriptionId);
    }

    public DeliveryPage deliveries(Caller caller, UUID subscriptionId, int page, int size) {
        get(caller, subscriptionId);
        Paging.check(page, size, MAX_PAGE_SIZE);
        return new DeliveryPage(deliveries.list(subscriptionId, page, size), deliveries.count(subscriptionId));
    }

    public WebhookDelivery redeliver(Caller caller, UUID subscriptionId, UUID deliveryId) {
        get(caller, subscriptionId);
        WebhookDelivery delivery = deliveries.find(subscriptionId, deliveryId)
                .orElseThrow(() -> new WebhookNotFound("webhook delivery", deliveryId));
        if (!deliveries.redeliver(delivery.id(), clock.instant())) {
            throw new WebhookConflict("Delivery " + deliveryId + " is still pending: it will be tried again anyway");
        }
        return deliveries.find(subscriptionId, deliveryId).orElseThrow();
    }

    /**
     * Queues a {@code webhook.ping} like any delivery (signed, retried, logged), so a partner can check its
     * receiver and its signature verification end to end.
     */
    public WebhookDelivery ping(Caller caller, UUID subscriptionId) {
        WebhookSubscription subscription = get(caller, subscriptionId);
        UUID deliveryId = UUID.randomUUID();
        Instant now = clock.instant();
        deliveries.add(deliveryId, subscription.id(), null, WebhookEventType.PING, "ping:" + deliveryId,
                pingPayload(deliveryId, subscription.id(), now), now);
        return deliveries.find(subscriptionId, deliveryId).orElseThrow();
    }

    /** Built by hand as every value is a UUID or an ISO instant: nothing in it needs escaping. */
    private static String pingPayload(UUID deliveryId, UUID subscriptionId, Instant now) {
        return "{\"id\":\"" + deliveryId + "\",\"type\":\"" + WebhookEventType.PING.publicName()
                + "\",\"timestamp\":\"" + now + "\",\"data\":{\"subscriptionId\":\"" + subscriptionId + "\"}}";
    }

    private static Set<WebhookEventType> typesOf(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidInput("eventTypes must name at least one event type");
        }
        if (names.size() > MAX_EVENT_TYPES) {
            throw new InvalidInput("eventTypes names more than " + MAX_EVENT_TYPES + " types");
        }
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        for (String name : names) {
            types.add(WebhookEventType.subscribableNamed(name));
        }
        return types;
    }

    private static void requireManager(Caller caller) {
        if (!caller.mayOrganizeEvents()) {
            throw new WebhookNotPermitted("Only organizers and administrators manage webhooks");
        }
    }

    /** One page of a subscription's delivery log, newest first, and how many deliveries it holds in all. */
    public record DeliveryPage(List<WebhookDelivery> items, long total) {
    }
}
