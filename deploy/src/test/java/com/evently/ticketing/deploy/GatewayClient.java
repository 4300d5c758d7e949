package com.evently.ticketing.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a client of the public API does, and nothing more: HTTP calls to the gateway, with JSON bodies and a
 * bearer token where one is needed.
 */
final class GatewayClient {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** Above the gateway's own 10 s response timeout, so a slow service shows up as the gateway's 504. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI gateway;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    GatewayClient(URI gateway) {
        this.gateway = gateway;
    }

    /** @param token an access token, or null to call without one */
    Reply get(String path, String token) {
        return send(request(path, token).GET());
    }

    /** @param token an access token, or null to call without one */
    Reply post(String path, String token, Object body) {
        return post(path, token, body, Map.of());
    }

    Reply post(String path, String token, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.writeValueAsString(body)));
        headers.forEach(request::header);
        return send(request);
    }

    Reply book(String token, Map<String, Object> booking, String idempotencyKey) {
        return post("/api/v1/bookings", token, booking, Map.of(IDEMPOTENCY_KEY, idempotencyKey));
    }

    /** Registers a person with the USER role and logs them in. */
    Attendee registerAndLogIn(String email, String password, String name) {
        Reply registered = post("/api/v1/auth/register", null,
                Map.of("email", email, "password", password, "name", name));
        assertThat(registered.status()).as("registering %s: %s", email, registered).isEqualTo(201);
        UUID id = UUID.fromString(registered.json().path("id").asString());
        return new Attendee(id, email, logIn(email, password));
    }

    /** @return the access token */
    String logIn(String email, String password) {
        Reply login = post("/api/v1/auth/login", null, Map.of("email", email, "password", password));
        assertThat(login.status()).as("logging in %s: %s", email, login).isEqualTo(200);
        JsonNode tokens = login.json();
        assertThat(tokens.path("tokenType").asString()).isEqualTo("Bearer");
        return tokens.path("accessToken").asString();
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path)).timeout(REQUEST_TIMEOUT);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private Reply send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            HttpResponse<byte[]> response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(built.method() + " " + built.uri().getPath(), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(built.method() + " " + built.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + built.method() + " " + built.uri(), e);
        }
    }

    /** A person with an account, logged in. */
    record Attendee(UUID id, String email, String token) {
    }

    /** One answer of the gateway; its {@code toString} is what a failed assertion should show. */
    record Reply(String request, int status, String contentType, byte[] body) {

        private static final int SHOWN_BODY_CHARS = 2_000;

        JsonNode json() {
            return JSON.readTree(body);
        }

        String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            String shown = contentType.startsWith("application/json") || isProblem() || contentType.startsWith("text")
                    ? text()
                    : body.length + " bytes";
            if (shown.length() > SHOWN_BODY_CHARS) {
                shown = shown.substring(0, SHOWN_BODY_CHARS) + "…";
            }
            return request + " → " + status + " " + contentType + " " + shown;
        }
    }
}
