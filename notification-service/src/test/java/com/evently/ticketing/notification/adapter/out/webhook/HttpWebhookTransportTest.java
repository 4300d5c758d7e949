package com.evently.ticketing.notification.adapter.out.webhook;

import com.evently.ticketing.notification.domain.webhook.AttemptOutcome;
import com.evently.ticketing.notification.domain.webhook.WebhookSecret;
import com.evently.ticketing.notification.domain.webhook.WebhookTargetPolicy;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Against a real HTTP server on loopback: what is sent, what is refused before sending, what is not followed. */
class HttpWebhookTransportTest {

    private static final String BODY = "{\"id\":\"e1\",\"type\":\"event.published\",\"data\":{\"title\":\"Jazz – Nacht\"}}";

    private HttpServer server;
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final Map<String, String> headers = new ConcurrentHashMap<>();
    private volatile String receivedBody;

    @BeforeEach
    void startReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            paths.add(exchange.getRequestURI().getPath());
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.getFirst()));
            receivedBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            switch (exchange.getRequestURI().getPath()) {
                case "/redirect" -> {
                    exchange.getResponseHeaders().add("Location", "/elsewhere");
                    exchange.sendResponseHeaders(302, -1);
                }
                case "/slow" -> {
                    sleep(Duration.ofSeconds(2));
                    exchange.sendResponseHeaders(204, -1);
                }
                case "/broken" -> {
                    byte[] answer = "database down".getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(503, answer.length);
                    exchange.getResponseBody().write(answer);
                }
                default -> exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopReceiver() {
        server.stop(0);
    }

    @Test
    void sendsTheBodyWithStandardWebhooksHeaders() {
        WebhookSecret secret = WebhookSecret.generate();
        UUID deliveryId = UUID.randomUUID();
        Instant now = Instant.parse("2026-05-01T10:00:00.700Z");

        AttemptOutcome outcome = transport(true, Duration.ofSeconds(5)).send(url("/hooks"), secret, deliveryId, now, BODY);

        assertThat(outcome).isEqualTo(new AttemptOutcome.Accepted(204));
        assertThat(receivedBody).isEqualTo(BODY);
        assertThat(headers).containsEntry("webhook-id", deliveryId.toString())
                .containsEntry("webhook-timestamp", "1777629600")
                .containsEntry("content-type", "application/json")
                .containsEntry("webhook-signature",
                        StandardWebhookSignature.sign(secret, deliveryId.toString(), 1777629600L, BODY));
    }

    @Test
    void aLoopbackTargetIsRefusedInProductionWithoutARequest() {
        AttemptOutcome outcome = transport(false, Duration.ofSeconds(5))
                .send(url("/hooks"), WebhookSecret.generate(), UUID.randomUUID(), Instant.now(), BODY);

        assertThat(outcome).isInstanceOf(AttemptOutcome.TargetRefused.class);
        assertThat(((AttemptOutcome.TargetRefused) outcome).reason()).contains("non-public address");
        assertThat(paths).isEmpty();
    }

    @Test
    void aNameThatNowResolvesToAPrivateAddressIsRefused() {
        HttpWebhookTransport transport = new HttpWebhookTransport(Duration.ofSeconds(1), Duration.ofSeconds(1),
                new WebhookTargetPolicy(false), host -> List.of(InetAddress.getLoopbackAddress()));

        AttemptOutcome outcome = transport.send(URI.create("https://partner.example/hooks"), WebhookSecret.generate(),
                UUID.randomUUID(), Instant.now(), BODY);

        assertThat(outcome).isInstanceOf(AttemptOutcome.TargetRefused.class);
    }

    @Test
    void redirectsAreNotFollowed() {
        AttemptOutcome outcome = transport(true, Duration.ofSeconds(5))
                .send(url("/redirect"), WebhookSecret.generate(), UUID.randomUUID(), Instant.now(), BODY);

        assertThat(outcome).isInstanceOf(AttemptOutcome.Rejected.class);
        assertThat(((AttemptOutcome.Rejected) outcome).status()).isEqualTo(302);
        assertThat(paths).containsExactly("/redirect");
    }

    @Test
    void aFailureAnswerIsRejectedWithTheStartOfItsBody() {
        AttemptOutcome outcome = transport(true, Duration.ofSeconds(5))
                .send(url("/broken"), WebhookSecret.generate(), UUID.randomUUID(), Instant.now(), BODY);

        assertThat(outcome).isEqualTo(new AttemptOutcome.Rejected(503, "database down"));
    }

    @Test
    void aReceiverTooSlowToAnswerIsUnreachable() {
        AttemptOutcome outcome = transport(true, Duration.ofMillis(300))
                .send(url("/slow"), WebhookSecret.generate(), UUID.randomUUID(), Instant.now(), BODY);

        assertThat(outcome).isInstanceOf(AttemptOutcome.Unreachable.class);
    }

    private HttpWebhookTransport transport(boolean allowInsecure, Duration requestTimeout) {
        return new HttpWebhookTransport(Duration.ofSeconds(1), requestTimeout, new WebhookTargetPolicy(allowInsecure),
                new JdkHostResolver());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
