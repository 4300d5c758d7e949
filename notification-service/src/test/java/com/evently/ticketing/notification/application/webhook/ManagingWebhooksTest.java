package com.evently.ticketing.notification.application.webhook;

import com.evently.ticketing.notification.domain.webhook.WebhookEventType;
import com.evently.ticketing.notification.domain.webhook.WebhookNotFound;
import com.evently.ticketing.notification.domain.webhook.WebhookNotPermitted;
import com.evently.ticketing.notification.domain.webhook.WebhookSubscription;
import com.evently.ticketing.notification.domain.webhook.WebhookTargetPolicy;
import com.evently.ticketing.notification.testing.InMemoryWebhookSubscriptions;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.InvalidInput;
import com.evently.ticketing.platform.domain.Role;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Subscribing in production mode (https, public addresses only), with DNS answered by the test. */
class ManagingWebhooksTest {

    private static final Map<String, String> DNS = Map.of(
            "hooks.partner.example", "93.184.216.34",
            "intranet.partner.example", "10.20.30.40",
            "metadata.partner.example", "169.254.169.254");

    private final InMemoryWebhookSubscriptions subscriptions = new InMemoryWebhookSubscriptions();
    // subscribing, listing and deleting never touch the deliveries
    private final ManagingWebhooks managingWebhooks = new ManagingWebhooks(subscriptions, null,
            new WebhookTargetPolicy(false), ManagingWebhooksTest::resolve,
            Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC));
    private final Caller organizer = new Caller(UUID.randomUUID(), Set.of(Role.USER, Role.ORGANIZER));

    @Test
    void anOrganizerSubscribesAnHttpsUrlWithAPublicAddress() {
        WebhookSubscription subscription = managingWebhooks.subscribe(organizer, "https://hooks.partner.example/in",
                List.of("booking.confirmed", "event.cancelled"));

        assertThat(subscription.organizerId()).isEqualTo(organizer.id());
        assertThat(subscription.eventTypes())
                .containsExactlyInAnyOrder(WebhookEventType.BOOKING_CONFIRMED, WebhookEventType.EVENT_CANCELLED);
        assertThat(subscriptions.find(subscription.id())).contains(subscription);
    }

    @Test
    void ssrfTargetsAreRefusedAndNothingIsStored() {
        for (String url : List.of("https://intranet.partner.example/in", "https://metadata.partner.example/latest",
                "https://127.0.0.1/in", "https://[::1]/in", "https://localhost/in", "https://10.0.0.1/in",
                "http://hooks.partner.example/in", "https://unknown.partner.example/in")) {
            assertThatThrownBy(() -> managingWebhooks.subscribe(organizer, url, List.of("booking.confirmed")))
                    .as(url).isInstanceOf(InvalidInput.class);
        }
        assertThat(subscriptions.size()).isZero();
    }

    @Test
    void unknownOrMissingEventTypesAreRefused() {
        assertThatThrownBy(() -> managingWebhooks.subscribe(organizer, "https://hooks.partner.example/in",
                List.of("booking.confirmed", "booking.exploded")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("booking.exploded");
        assertThatThrownBy(() -> managingWebhooks.subscribe(organizer, "https://hooks.partner.example/in", List.of()))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> managingWebhooks.subscribe(organizer, "https://hooks.partner.example/in",
                List.of("webhook.ping"))).isInstanceOf(InvalidInput.class);
        assertThat(subscriptions.size()).isZero();
    }

    @Test
    void anotherOrganizersSubscriptionIsNotFoundButAnAdministratorSeesIt() {
        WebhookSubscription subscription = managingWebhooks.subscribe(organizer, "https://hooks.partner.example/in",
                List.of("event.published"));
        Caller other = new Caller(UUID.randomUUID(), Set.of(Role.ORGANIZER));
        Caller admin = new Caller(UUID.randomUUID(), Set.of(Role.ADMIN));

        assertThatThrownBy(() -> managingWebhooks.get(other, subscription.id())).isInstanceOf(WebhookNotFound.class);
        assertThatThrownBy(() -> managingWebhooks.delete(other, subscription.id())).isInstanceOf(WebhookNotFound.class);
        assertThat(managingWebhooks.list(other)).isEmpty();
        assertThat(managingWebhooks.get(admin, subscription.id())).isEqualTo(subscription);
        assertThat(managingWebhooks.list(admin)).contains(subscription);
    }

    @Test
    void aPlainUserManagesNoWebhooks() {
        Caller user = new Caller(UUID.randomUUID(), Set.of(Role.USER));

        assertThatThrownBy(() -> managingWebhooks.subscribe(user, "https://hooks.partner.example/in",
                List.of("event.published"))).isInstanceOf(WebhookNotPermitted.class);
        assertThat(subscriptions.size()).isZero();
    }

    private static List<InetAddress> resolve(String host) {
        try {
            if (host.equals("localhost") || host.startsWith("[") || Character.isDigit(host.charAt(0))) {
                return List.of(InetAddress.getAllByName(host));
            }
            String address = DNS.get(host);
            return address == null ? List.of() : List.of(InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            return List.of();
        }
    }
}
