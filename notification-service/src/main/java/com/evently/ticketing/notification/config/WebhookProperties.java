package com.evently.ticketing.notification.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;

/**
 * {@code ticketing.webhooks.*}.
 *
 * @param allowInsecureTargets development mode (WEBHOOKS_ALLOW_INSECURE_TARGETS): http URLs and loopback, private
 *                             and link-local addresses are allowed as targets; never in production
 * @param secretSealing        the key the subscriptions' signing secrets are sealed with at rest
 */
@Validated
@ConfigurationProperties("ticketing.webhooks")
public record WebhookProperties(
        @DefaultValue("false") boolean allowInsecureTargets,
        @Valid @NotNull @DefaultValue Delivery delivery,
        @DefaultValue SecretSealing secretSealing) {

    /**
     * @param key          base64 of 32 random bytes ({@code TICKETING_WEBHOOK_SECRET_KEY}), the same on every replica,
     *                     kept as long as the database; no default: checked when the key is built, so that a refusal
     *                     cannot print it
     * @param previousKeys retired keys ({@code TICKETING_WEBHOOK_SECRET_PREVIOUS_KEYS}, comma-separated): they only
     *                     open, and every start seals what they sealed again under {@code key}
     */
    public record SecretSealing(String key, List<String> previousKeys) {

        @Override
        public String toString() {
            return "SecretSealing[key=" + (key == null || key.isBlank() ? "unset" : "hidden") + ", previousKeys="
                    + (previousKeys == null ? 0 : previousKeys.size()) + " hidden]";
        }
    }

    /**
     * @param pollInterval    pause between delivery runs
     * @param senders         deliveries one replica sends at once, each on its own claim
     * @param claim           how long a claimed delivery is reserved for its sender: longer than connect plus
     *                        request timeout
     * @param connectTimeout  to open the connection to the receiver
     * @param requestTimeout  for the receiver's answer
     * @param maxAttempts     attempts before a delivery fails for good (the window usually ends it first)
     * @param firstRetryDelay after the first failed attempt; doubled after each further one, less up to 25% jitter
     * @param maxRetryDelay   the longest pause between attempts
     * @param retryWindow     how long after its creation a delivery is still tried
     * @param retention       how long finished deliveries stay in the delivery log
     */
    public record Delivery(
            @NotNull @DefaultValue("1s") Duration pollInterval,
            @Min(1) @Max(32) @DefaultValue("4") int senders,
            @NotNull @DefaultValue("2m") Duration claim,
            @NotNull @DefaultValue("5s") Duration connectTimeout,
            @NotNull @DefaultValue("15s") Duration requestTimeout,
            @Min(1) @Max(100) @DefaultValue("30") int maxAttempts,
            @NotNull @DefaultValue("30s") Duration firstRetryDelay,
            @NotNull @DefaultValue("2h") Duration maxRetryDelay,
            @NotNull @DefaultValue("24h") Duration retryWindow,
            @NotNull @DefaultValue("30d") Duration retention) {
    }
}
