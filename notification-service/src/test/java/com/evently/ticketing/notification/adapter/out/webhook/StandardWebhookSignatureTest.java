package com.evently.ticketing.notification.adapter.out.webhook;

import com.evently.ticketing.notification.domain.webhook.WebhookSecret;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StandardWebhookSignatureTest {

    /** The test vector of the Standard Webhooks reference libraries. */
    @Test
    void signsLikeTheReferenceImplementations() {
        String signature = StandardWebhookSignature.sign(new WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
                "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}");

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void generatedSecretsCarryThirtyTwoRandomBytes() {
        WebhookSecret first = WebhookSecret.generate();
        assertThat(first.value()).startsWith("whsec_");
        assertThat(first.keyBytes()).hasSize(32);
        assertThat(WebhookSecret.generate()).isNotEqualTo(first);
        assertThat(first.toString()).doesNotContain(first.value().substring(6));
    }
}
