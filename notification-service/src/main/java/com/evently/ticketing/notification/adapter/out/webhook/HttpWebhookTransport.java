package com.evently.ticketing.notification.adapter.out.webhook;

import com.evently.ticketing.notification.application.port.out.HostResolver;
import com.evently.ticketing.notification.application.port.out.WebhookTransport;
import com.evently.ticketing.notification.domain.webhook.AttemptOutcome;
import com.evently.ticketing.notification.domain.webhook.WebhookSecret;
import com.evently.ticketing.notification.domain.webhook.WebhookTargetPolicy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * POSTs a webhook with the JDK's HTTP client: Standard Webhooks headers, bounded connect and request times, no
 * redirects followed (a redirect is a failed attempt: it could lead anywhere, the suite's own network included).
 * The target's host is resolved and checked against the policy right before each attempt, so a name that has come
 * to point at a private address since subscribing is refused. The client resolves the name again when connecting;
 * the JDK's address cache makes that the checked answer unless it expires in between.
 */
public class HttpWebhookTransport implements WebhookTransport {

    static final String USER_AGENT = "Evently-Webhooks/1";
    private static final int MAX_DETAIL_LENGTH = 200;

    private final HttpClient client;
    private final Duration requestTimeout;
    private final WebhookTargetPolicy targetPolicy;
    private final HostResolver hostResolver;

    public HttpWebhookTransport(Duration connectTimeout, Duration requestTimeout, WebhookTargetPolicy targetPolicy,
                                HostResolver hostResolver) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = requestTimeout;
        this.targetPolicy = targetPolicy;
        this.hostResolver = hostResolver;
    }

    @Override
    public AttemptOutcome send(URI url, WebhookSecret secret, UUID deliveryId, Instant timestamp, String payload) {
        Optional<String> refusal = targetPolicy.refusalOf(url.getHost(), hostResolver.resolve(url.getHost()));
        if (refusal.isPresent()) {
            return new AttemptOutcome.TargetRefused(refusal.get());
        }
        long seconds = timestamp.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("webhook-id", deliveryId.toString())
                .header("webhook-timestamp", Long.toString(seconds))
                .header("webhook-signature", StandardWebhookSignature.sign(secret, deliveryId.toString(), seconds, payload))
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String detail = startOf(response.body());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? new AttemptOutcome.Accepted(status)
                    : new AttemptOutcome.Rejected(status, detail);
        } catch (IOException e) {
            return new AttemptOutcome.Unreachable(e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new AttemptOutcome.Unreachable("interrupted while sending");
        }
    }

    /** The start of the receiver's answer, for the delivery log; the rest is not read into memory. */
    private static String startOf(InputStream body) throws IOException {
        try (body) {
            return new String(body.readNBytes(MAX_DETAIL_LENGTH), StandardCharsets.UTF_8).strip();
        }
    }
}
