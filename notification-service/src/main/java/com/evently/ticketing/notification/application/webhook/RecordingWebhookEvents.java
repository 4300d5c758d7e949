package com.evently.ticketing.notification.application.webhook;

import com.evently.ticketing.notification.application.port.out.EventOrganizers;
import com.evently.ticketing.notification.application.port.out.WebhookDeliveries;
import com.evently.ticketing.notification.application.port.out.WebhookSubscriptions;
import com.evently.ticketing.notification.domain.webhook.WebhookEvent;
import com.evently.ticketing.notification.domain.webhook.WebhookSubscription;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns an integration event into one queued delivery per subscription to its type, in the caller's (the inbox's)
 * transaction: the event is either consumed and queued for every subscriber, or neither.
 */
public class RecordingWebhookEvents {

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final EventOrganizers eventOrganizers;
    private final Clock clock;

    public RecordingWebhookEvents(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries,
                                  EventOrganizers eventOrganizers, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.eventOrganizers = eventOrganizers;
        this.clock = clock;
    }

    /** @return how many deliveries were queued; none when the event's organizer is not known here (yet) */
    public int record(WebhookEvent event) {
        if (event.organizerId() != null) {
            eventOrganizers.remember(event.eventId(), event.organizerId());
        }
        Optional<UUID> organizer = Optional.ofNullable(event.organizerId())
                .or(() -> eventOrganizers.organizerOf(event.eventId()));
        if (organizer.isEmpty()) {
            return 0;
        }
        int queued = 0;
        for (WebhookSubscription subscription : subscriptions.subscribedTo(organizer.get(), event.type(),
                event.occurredAt())) {
            if (deliveries.add(UUID.randomUUID(), subscription.id(), event.sourceEventId(), event.type(),
                    event.resourceKey(), event.payload(), clock.instant())) {
                queued++;
            }
        }
        return queued;
    }
}
