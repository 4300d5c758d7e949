package com.evently.ticketing.notification.adapter.out.webhook;

import com.evently.ticketing.notification.domain.webhook.WebhookSecret;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * The {@code webhook-signature} of the Standard Webhooks specification (standardwebhooks.com): {@code v1,} and the
 * base64 of the HMAC-SHA256, under the secret's key bytes, of {@code <webhook-id>.<webhook-timestamp>.<body>}.
 */
final class StandardWebhookSignature {

    private static final String ALGORITHM = "HmacSHA256";

    static String sign(WebhookSecret secret, String webhookId, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.keyBytes(), ALGORITHM));
            byte[] signed = mac.doFinal((webhookId + "." + timestampSeconds + "." + body)
                    .getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    private StandardWebhookSignature() {
    }
}
