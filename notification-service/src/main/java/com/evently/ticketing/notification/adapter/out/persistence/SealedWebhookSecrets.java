package com.evently.ticketing.notification.adapter.out.persistence;

import com.evently.ticketing.notification.domain.webhook.WebhookSecret;
import com.evently.ticketing.platform.security.FieldSealing;

import java.util.UUID;

/**
 * How a subscription's signing secret is kept in {@code webhook_subscription}: sealed ({@code sealed_secret}, platform
 * FieldSealing, AES-256-GCM under {@code TICKETING_WEBHOOK_SECRET_KEY}, bound to the subscription's id, the JWE
 * header naming the key), so that a copy of the database signs nothing. A row an earlier version wrote keeps its
 * secret in clear ({@code secret}) until the start-up sweep ({@link JdbcWebhookSubscriptions#sealStoredSecrets}) seals
 * it; until then it is read as it is. One instance, wired into both the subscriptions and the deliveries (which read
 * the secret to sign with).
 */
public final class SealedWebhookSecrets {

    private final FieldSealing sealing;

    /** @param sealing the webhook secrets' own sealing key, not the service's message sealing */
    public SealedWebhookSecrets(FieldSealing sealing) {
        this.sealing = sealing;
    }

    String seal(UUID subscriptionId, WebhookSecret secret) {
        return sealing.seal(secret.value(), context(subscriptionId));
    }

    /** @param clear the secret an earlier version stored in clear, if {@code sealed} is null */
    WebhookSecret read(UUID subscriptionId, String sealed, String clear) {
        if (sealed == null) {
            return new WebhookSecret(clear);
        }
        return new WebhookSecret(sealing.open(sealed, context(subscriptionId)));
    }

    /** Whether a stored value needs sealing (again): kept in clear, or sealed under a key that is not the current one. */
    boolean needsSealing(String sealed) {
        return !sealing.sealedWithCurrentKey(sealed);
    }

    private static String context(UUID subscriptionId) {
        return "notification.webhook_subscription.secret/" + subscriptionId;
    }
}
