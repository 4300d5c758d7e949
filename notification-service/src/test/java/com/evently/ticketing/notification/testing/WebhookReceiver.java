package com.evently.ticketing.notification.testing;

import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;

/**
 * A partner's webhook endpoint: a real HTTP server on loopback. Each path answers as the test tells it (by default
 * 204) and records every request with when it arrived. Verifies signatures with its own implementation of the
 * Standard Webhooks scheme, independent of the service's.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as the receiver saw it. */
    public record Received(String path, String webhookId, String timestamp, String signature, String body,
                           Instant arrivedAt) {

        /** Standard Webhooks: any {@code v1,<base64>} among the space-separated signatures matches. */
        public boolean signatureVerifies(String secret) {
            try {
                byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                byte[] expected = mac.doFinal((webhookId + "." + timestamp + "." + body)
                        .getBytes(StandardCharsets.UTF_8));
                for (String candidate : signature.split(" ")) {
                    if (candidate.startsWith("v1,") && MessageDigest.isEqual(expected,
                            Base64.getDecoder().decode(candidate.substring(3)))) {
                        return true;
                    }
                }
                return false;
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                return false;
            }
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    /** (path, requests to that path so far including this one) → status */
    private final Map<String, BiFunction<Received, Integer, Integer>> answers = new ConcurrentHashMap<>();

    private WebhookReceiver(HttpServer server) {
        this.server = server;
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Received request = new Received(path, exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), Instant.now());
            received.add(request);
            int status = answers.getOrDefault(path, (r, n) -> 204).apply(request, requestsTo(path).size());
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public static WebhookReceiver start() {
        try {
            return new WebhookReceiver(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** How {@code path} answers from now on, given a request and how many requests it has had, this one included. */
    public void answer(String path, BiFunction<Received, Integer, Integer> status) {
        answers.put(path, status);
    }

    public List<Received> requestsTo(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
