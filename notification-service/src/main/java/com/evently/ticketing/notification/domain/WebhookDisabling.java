package com.evently.ticketing.notification.domain;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Deliveries to an organizer's webhook endpoint failed for good and its subscription was disabled at
 * {@code disabledAt}. The organizer is told once, with the endpoint, the last error, and how to turn it back on
 * (the API calls, at the public address the web UI and the API share).
 */
public record WebhookDisabling(UUID subscriptionId, UUID organizerId, Recipient organizer, URI url, String lastError,
                               Instant disabledAt) {

    public WebhookDisabling {
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(organizerId, "organizerId");
        Objects.requireNonNull(organizer, "organizer");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(disabledAt, "disabledAt");
        lastError = lastError == null || lastError.isBlank() ? "-" : lastError;
    }

    public Notice notice(WebUi webUi, Locale locale) {
        String subscription = webUi.baseUrl() + "/api/v1/webhooks/" + subscriptionId;
        return new Notice(new MailPurpose.DisabledWebhook(subscriptionId, organizerId, disabledAt), organizer,
                Letter.of(MailKind.WEBHOOK_DISABLED, locale)
                        .with("name", organizer.name())
                        .with("url", url.toString())
                        .with("subscriptionId", subscriptionId.toString())
                        .with("lastError", lastError)
                        .with("disabledAt", disabledAt.atZone(ZoneOffset.UTC))
                        .with("enableUrl", subscription + "/enable")
                        .with("deliveriesUrl", subscription + "/deliveries")
                        .build());
    }
}
