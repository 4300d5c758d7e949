package com.evently.ticketing.notification.application.webhook;

import com.evently.ticketing.notification.application.QueueOutcome;
import com.evently.ticketing.notification.application.webhook.DeliveringWebhooks.WebhookAttempt;
import com.evently.ticketing.notification.domain.MailKind;
import com.evently.ticketing.notification.domain.webhook.AttemptOutcome;
import com.evently.ticketing.notification.domain.webhook.DeliveryStatus;
import com.evently.ticketing.notification.domain.webhook.SubscriptionStatus;
import com.evently.ticketing.notification.domain.webhook.WebhookEventType;
import com.evently.ticketing.notification.domain.webhook.WebhookRetryPolicy;
import com.evently.ticketing.notification.domain.webhook.WebhookSubscription;
import com.evently.ticketing.notification.testing.InMemoryWebhookDeliveries.QueuedDelivery;
import com.evently.ticketing.notification.testing.UseCaseFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static com.evently.ticketing.notification.testing.UseCaseFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One attempt at a time against a scripted receiver and the in-memory outbox: success, retry with backoff, and
 * giving up, which disables the subscription and mails its organizer once. Real HTTP and signatures are
 * {@code WebhookDeliveryTest}'s.
 */
class DeliveringWebhooksTest {

    private static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    private static final WebhookRetryPolicy THREE_ATTEMPTS =
            new WebhookRetryPolicy(3, FIRST_DELAY, Duration.ofHours(2), Duration.ofDays(1));
    private static final String PAYLOAD = "{\"type\":\"booking.confirmed\"}";

    private final UseCaseFixture fixture = new UseCaseFixture();
    private final UUID organizerId = UUID.randomUUID();
    private final WebhookSubscription subscription =
            fixture.webhookSubscription(organizerId, WebhookEventType.BOOKING_CONFIRMED);

    @Test
    void nothingDueMeansNothingSent() {
        assertThat(delivering(0).deliverNext()).isEmpty();
        assertThat(fixture.webhookReceiver.received).isEmpty();
    }

    @Test
    void anAcceptedDeliveryIsRecordedAsSucceededWithItsAnswer() {
        UUID deliveryId = queueDelivery("booking-1");
        fixture.webhookReceiver.answers(new AttemptOutcome.Accepted(204));

        Optional<WebhookAttempt> attempt = delivering(0).deliverNext();

        assertThat(attempt).get().isInstanceOfSatisfying(WebhookAttempt.Delivered.class,
                delivered -> assertThat(delivered.status()).isEqualTo(204));
        assertThat(fixture.webhookReceiver.received).singleElement().satisfies(request -> {
            assertThat(request.deliveryId()).as("the webhook-id").isEqualTo(deliveryId);
            assertThat(request.url()).isEqualTo(subscription.url());
            assertThat(request.secret()).isEqualTo(subscription.secret());
            assertThat(request.payload()).isEqualTo(PAYLOAD);
        });
        QueuedDelivery delivery = fixture.webhookDeliveries.byId(deliveryId);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SUCCEEDED);
        assertThat(delivery.responseCode()).isEqualTo(204);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.deliveredAt()).isEqualTo(NOW);
        assertThat(delivering(0).deliverNext()).as("delivered once").isEmpty();
    }

    @Test
    void aRefusedDeliveryIsRetriedAfterGrowingPausesShortenedByTheJitter() {
        UUID deliveryId = queueDelivery("booking-1");
        fixture.webhookReceiver.answers(new AttemptOutcome.Rejected(500, "boom"),
                new AttemptOutcome.Unreachable("connection refused"), new AttemptOutcome.Accepted(200));

        Optional<WebhookAttempt> first = delivering(0).deliverNext();
        QueuedDelivery afterFirst = fixture.webhookDeliveries.byId(deliveryId);
        fixture.clock.advance(FIRST_DELAY.minusMillis(1));
        Optional<WebhookAttempt> tooEarly = delivering(0).deliverNext();
        fixture.clock.advance(Duration.ofMillis(1));
        Instant secondAt = fixture.clock.instant();
        // the largest jitter takes a quarter off the doubled pause
        Optional<WebhookAttempt> second = delivering(0.999).deliverNext();
        QueuedDelivery afterSecond = fixture.webhookDeliveries.byId(deliveryId);
        fixture.clock.advance(Duration.between(secondAt, afterSecond.nextAttemptAt()));
        Optional<WebhookAttempt> third = delivering(0).deliverNext();

        assertThat(first).get().isInstanceOfSatisfying(WebhookAttempt.RetryScheduled.class, retry -> {
            assertThat(retry.error()).isEqualTo("HTTP 500: boom");
            assertThat(retry.nextAttemptAt()).isEqualTo(NOW.plus(FIRST_DELAY));
        });
        assertThat(afterFirst.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(afterFirst.responseCode()).isEqualTo(500);
        assertThat(afterFirst.lastError()).isEqualTo("HTTP 500: boom");
        assertThat(tooEarly).as("not before its retry is due").isEmpty();
        assertThat(second).get().isInstanceOfSatisfying(WebhookAttempt.RetryScheduled.class,
                retry -> assertThat(retry.error()).isEqualTo("unreachable: connection refused"));
        assertThat(Duration.between(secondAt, afterSecond.nextAttemptAt()))
                .isGreaterThan(FIRST_DELAY).isLessThanOrEqualTo(FIRST_DELAY.multipliedBy(2))
                .isGreaterThanOrEqualTo(Duration.ofMillis(Math.round(FIRST_DELAY.multipliedBy(2).toMillis() * 0.75)));
        assertThat(afterSecond.responseCode()).as("no answer this time").isNull();
        assertThat(third).get().isInstanceOf(WebhookAttempt.Delivered.class);
        assertThat(fixture.webhookDeliveries.byId(deliveryId)).satisfies(delivery -> {
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.SUCCEEDED);
            assertThat(delivery.attempts()).isEqualTo(3);
        });
        assertThat(fixture.webhookReceiver.received).extracting(request -> request.deliveryId())
                .as("every attempt carries the same webhook-id").containsOnly(deliveryId).hasSize(3);
        assertThat(fixture.webhookSubscriptions.find(subscription.id()).orElseThrow().status())
                .isEqualTo(SubscriptionStatus.ENABLED);
    }

    @Test
    void aTargetRefusedAtSendingTimeIsRetriedLikeAnyFailure() {
        UUID deliveryId = queueDelivery("booking-1");
        fixture.webhookReceiver.answers(new AttemptOutcome.TargetRefused("10.0.0.7 is a private address"));

        Optional<WebhookAttempt> attempt = delivering(0).deliverNext();

        assertThat(attempt).get().isInstanceOfSatisfying(WebhookAttempt.RetryScheduled.class,
                retry -> assertThat(retry.error()).isEqualTo("target refused: 10.0.0.7 is a private address"));
        assertThat(fixture.webhookDeliveries.byId(deliveryId).status()).isEqualTo(DeliveryStatus.PENDING);
    }

    @Test
    void theLastFailedAttemptDisablesTheSubscriptionAndMailsItsOrganizerOnce() {
        fixture.knownUser(organizerId);
        UUID deliveryId = queueDelivery("booking-1");
        UUID waiting = queueDelivery("booking-1");
        for (int i = 0; i < 3; i++) {
            fixture.webhookReceiver.answers(new AttemptOutcome.Rejected(503, ""));
        }

        WebhookAttempt last = failUntilGivenUp(deliveryId);

        assertThat(last).isInstanceOfSatisfying(WebhookAttempt.GaveUp.class, gaveUp -> {
            assertThat(gaveUp.error()).isEqualTo("HTTP 503");
            assertThat(gaveUp.disabledSubscription()).isTrue();
            assertThat(gaveUp.organizerNotice())
                    .isEqualTo(new NotifyingDisabledWebhook.Outcome.Mailed(QueueOutcome.QUEUED));
        });
        assertThat(fixture.webhookDeliveries.byId(deliveryId).status()).isEqualTo(DeliveryStatus.FAILED);
        WebhookSubscription disabled = fixture.webhookSubscriptions.find(subscription.id()).orElseThrow();
        assertThat(disabled.status()).isEqualTo(SubscriptionStatus.DISABLED);
        assertThat(disabled.disabledReason()).contains("delivery " + deliveryId + " failed for good")
                .contains("3 attempts failed").contains("HTTP 503");
        assertThat(fixture.mailQueue.single().mail()).satisfies(mail -> {
            assertThat(mail.purpose().kind()).isEqualTo(MailKind.WEBHOOK_DISABLED);
            assertThat(mail.recipient()).isEqualTo("user-" + organizerId + "@example.com");
            assertThat(mail.content().subject()).isEqualTo("Your webhook subscription was disabled");
        });
        // the booking's later delivery, which waited behind the failing one, now waits for the subscription
        fixture.clock.advance(Duration.ofHours(1));
        assertThat(delivering(0).deliverNext()).isEmpty();
        assertThat(fixture.webhookDeliveries.byId(waiting).status()).isEqualTo(DeliveryStatus.PENDING);
    }

    @Test
    void anOrganizerThisServiceDoesNotKnowCannotBeMailedButTheSubscriptionIsDisabled() {
        UUID deliveryId = queueDelivery("booking-1");
        for (int i = 0; i < 3; i++) {
            fixture.webhookReceiver.answers(new AttemptOutcome.Unreachable("timeout"));
        }

        WebhookAttempt last = failUntilGivenUp(deliveryId);

        assertThat(last).isInstanceOfSatisfying(WebhookAttempt.GaveUp.class, gaveUp -> {
            assertThat(gaveUp.disabledSubscription()).isTrue();
            assertThat(gaveUp.organizerNotice())
                    .isEqualTo(new NotifyingDisabledWebhook.Outcome.OrganizerUnknown(organizerId));
        });
        assertThat(fixture.webhookSubscriptions.find(subscription.id()).orElseThrow().status())
                .isEqualTo(SubscriptionStatus.DISABLED);
        assertThat(fixture.mailQueue.all()).isEmpty();
    }

    @Test
    void whenAnotherSenderDisabledTheSubscriptionMeanwhileNoSecondMailGoesOut() {
        fixture.knownUser(organizerId);
        UUID deliveryId = queueDelivery("booking-1");
        for (int i = 0; i < 3; i++) {
            fixture.webhookReceiver.answers(new AttemptOutcome.Rejected(500, null));
        }
        WebhookAttempt last = failUntilGivenUp(deliveryId, () -> {
            // during the last attempt, another replica's delivery failed for good and disabled it
            fixture.webhookReceiver.whileSending = () -> fixture.webhookSubscriptions.disable(subscription.id(),
                    "another delivery failed for good", fixture.clock.instant());
        });

        assertThat(last).isInstanceOfSatisfying(WebhookAttempt.GaveUp.class, gaveUp -> {
            assertThat(gaveUp.disabledSubscription()).isFalse();
            assertThat(gaveUp.organizerNotice()).isNull();
        });
        QueuedDelivery delivery = fixture.webhookDeliveries.byId(deliveryId);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(fixture.webhookSubscriptions.find(subscription.id()).orElseThrow().disabledReason())
                .isEqualTo("another delivery failed for good");
        assertThat(fixture.mailQueue.all()).as("the replica that disabled it mails the organizer").isEmpty();
    }

    private WebhookAttempt failUntilGivenUp(UUID deliveryId) {
        return failUntilGivenUp(deliveryId, () -> { });
    }

    /** Attempts the delivery until its retries are used up; {@code beforeLast} runs before the last attempt. */
    private WebhookAttempt failUntilGivenUp(UUID deliveryId, Runnable beforeLast) {
        WebhookAttempt attempt = null;
        for (int attempted = 1; attempted <= THREE_ATTEMPTS.maxAttempts(); attempted++) {
            if (attempted == THREE_ATTEMPTS.maxAttempts()) {
                beforeLast.run();
            }
            attempt = delivering(0).deliverNext().orElseThrow();
            assertThat(attempt.delivery().id()).isEqualTo(deliveryId);
            QueuedDelivery delivery = fixture.webhookDeliveries.byId(deliveryId);
            if (delivery.status() == DeliveryStatus.PENDING) {
                fixture.clock.advance(Duration.between(fixture.clock.instant(), delivery.nextAttemptAt()));
            }
        }
        return attempt;
    }

    private UUID queueDelivery(String resourceKey) {
        UUID deliveryId = UUID.randomUUID();
        assertThat(fixture.webhookDeliveries.add(deliveryId, subscription.id(), UUID.randomUUID(),
                WebhookEventType.BOOKING_CONFIRMED, resourceKey, PAYLOAD, fixture.clock.instant())).isTrue();
        return deliveryId;
    }

    private DeliveringWebhooks delivering(double jitter) {
        return fixture.deliveringWebhooks(THREE_ATTEMPTS, jitter);
    }
}
