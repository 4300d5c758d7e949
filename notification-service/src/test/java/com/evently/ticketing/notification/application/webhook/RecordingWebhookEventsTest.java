package com.evently.ticketing.notification.application.webhook;

import com.evently.ticketing.notification.domain.webhook.DeliveryStatus;
import com.evently.ticketing.notification.domain.webhook.WebhookEvent;
import com.evently.ticketing.notification.domain.webhook.WebhookEventType;
import com.evently.ticketing.notification.domain.webhook.WebhookSubscription;
import com.evently.ticketing.notification.testing.InMemoryWebhookDeliveries.QueuedDelivery;
import com.evently.ticketing.notification.testing.UseCaseFixture;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static com.evently.ticketing.notification.testing.UseCaseFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/** Integration events turned into queued deliveries, against in-memory subscriptions and outbox. */
class RecordingWebhookEventsTest {

    private final UseCaseFixture fixture = new UseCaseFixture();
    private final RecordingWebhookEvents recording = fixture.recordingWebhookEvents();
    private final UUID organizerId = UUID.randomUUID();
    private final UUID eventId = UUID.randomUUID();

    @Test
    void anEventNamingItsOrganizerIsQueuedOnceForEachOfItsSubscribersToTheType() {
        WebhookSubscription first = fixture.webhookSubscription(organizerId, WebhookEventType.EVENT_PUBLISHED);
        WebhookSubscription second = fixture.webhookSubscription(organizerId, WebhookEventType.EVENT_PUBLISHED,
                WebhookEventType.BOOKING_CONFIRMED);
        fixture.webhookSubscription(organizerId, WebhookEventType.BOOKING_CONFIRMED);
        fixture.webhookSubscription(UUID.randomUUID(), WebhookEventType.EVENT_PUBLISHED);
        WebhookEvent published = catalogEvent(WebhookEventType.EVENT_PUBLISHED, NOW.minusSeconds(5));

        int queued = recording.record(published);

        assertThat(queued).isEqualTo(2);
        assertThat(fixture.webhookDeliveries.all()).extracting(QueuedDelivery::subscriptionId)
                .containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(fixture.webhookDeliveries.all()).allSatisfy(delivery -> {
            assertThat(delivery.sourceEventId()).isEqualTo(published.sourceEventId());
            assertThat(delivery.type()).isEqualTo(WebhookEventType.EVENT_PUBLISHED);
            assertThat(delivery.payload()).isEqualTo(published.payload());
            assertThat(delivery.resourceKey()).isEqualTo(published.resourceKey());
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(delivery.nextAttemptAt()).as("due at once").isEqualTo(NOW);
        });
    }

    @Test
    void aRedeliveredEventQueuesNothingTwice() {
        fixture.webhookSubscription(organizerId, WebhookEventType.EVENT_PUBLISHED);
        WebhookEvent published = catalogEvent(WebhookEventType.EVENT_PUBLISHED, NOW.minusSeconds(5));

        int first = recording.record(published);
        int again = recording.record(published);

        assertThat(first).isEqualTo(1);
        assertThat(again).isZero();
        assertThat(fixture.webhookDeliveries.all()).hasSize(1);
    }

    @Test
    void aBookingEventIsQueuedForTheOrganizerLearntFromTheCatalog() {
        WebhookSubscription subscription = fixture.webhookSubscription(organizerId, WebhookEventType.BOOKING_CONFIRMED);
        recording.record(catalogEvent(WebhookEventType.EVENT_PUBLISHED, NOW.minusSeconds(60)));

        int queued = recording.record(bookingEvent(NOW.minusSeconds(5)));

        assertThat(queued).isEqualTo(1);
        assertThat(fixture.webhookDeliveries.single().subscriptionId()).isEqualTo(subscription.id());
        assertThat(fixture.eventOrganizers.organizerOf(eventId)).contains(organizerId);
    }

    @Test
    void aBookingEventOfAnEventWhoseOrganizerIsNotKnownQueuesNothing() {
        fixture.webhookSubscription(organizerId, WebhookEventType.BOOKING_CONFIRMED);

        int queued = recording.record(bookingEvent(NOW.minusSeconds(5)));

        assertThat(queued).isZero();
        assertThat(fixture.webhookDeliveries.all()).isEmpty();
    }

    @Test
    void subscriptionsMadeAfterTheEventHappenedOrDisabledDoNotGetIt() {
        WebhookSubscription disabled = fixture.webhookSubscription(organizerId, WebhookEventType.EVENT_PUBLISHED);
        fixture.webhookSubscriptions.disable(disabled.id(), "failed for good", NOW);
        WebhookSubscription later = WebhookSubscription.create(organizerId,
                URI.create("https://later.partner.example/in"),
                Set.of(WebhookEventType.EVENT_PUBLISHED), NOW);
        fixture.webhookSubscriptions.add(later);

        int queued = recording.record(catalogEvent(WebhookEventType.EVENT_PUBLISHED, NOW.minus(Duration.ofMinutes(1))));

        assertThat(queued).isZero();
        assertThat(fixture.webhookDeliveries.all()).isEmpty();
    }

    private WebhookEvent catalogEvent(WebhookEventType type, Instant occurredAt) {
        return new WebhookEvent(UUID.randomUUID(), type, eventId, organizerId, "event:" + eventId, occurredAt,
                "{\"type\":\"" + type.publicName() + "\"}");
    }

    private WebhookEvent bookingEvent(Instant occurredAt) {
        UUID bookingId = UUID.randomUUID();
        return new WebhookEvent(UUID.randomUUID(), WebhookEventType.BOOKING_CONFIRMED, eventId, null,
                "booking:" + bookingId, occurredAt, "{\"type\":\"booking.confirmed\"}");
    }
}
