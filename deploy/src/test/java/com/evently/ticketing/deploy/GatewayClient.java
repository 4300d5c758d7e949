package com.evently.ticketing.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a client of the public API does, and nothing more: HTTP calls to the gateway, with JSON bodies and a
 * bearer token where one is needed. Pointed at a service instead, it calls that service directly.
 */
final class GatewayClient {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** Above the gateway's own 10 s response timeout, so a slow service shows up as the gateway's 504. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI gateway;
    private final HttpClient http;

    GatewayClient(URI gateway) {
        this(gateway, HttpClient.newBuilder());
    }

    private GatewayClient(URI gateway, HttpClient.Builder http) {
        this.gateway = gateway;
        this.http = http.version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT).build();
    }

    /**
     * A client whose connections come from another local address, such as 127.0.0.2: to the gateway it is
     * another caller, with limits of its own.
     */
    static GatewayClient connectingFrom(InetAddress localAddress, URI gateway) {
        return new GatewayClient(gateway, HttpClient.newBuilder().localAddress(localAddress));
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
        return sendJson("POST", path, token, body == null ? "" : JSON.writeValueAsString(body), headers);
    }

    Reply put(String path, String token, Object body, Map<String, String> headers) {
        return sendJson("PUT", path, token, JSON.writeValueAsString(body), headers);
    }

    /** A form post, e.g. an OAuth 2.0 token request, with the headers given (such as HTTP Basic client credentials). */
    Reply postForm(String path, String form, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(request::header);
        return send(request);
    }

    Reply patch(String path, String token, Object body) {
        return patch(path, token, body, Map.of());
    }

    Reply patch(String path, String token, Object body, Map<String, String> headers) {
        return sendJson("PATCH", path, token, JSON.writeValueAsString(body), headers);
    }

    Reply delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    /** Sends the text as it is, declared as JSON whether or not it is: for bodies no client library would write. */
    Reply postRawJson(String path, String token, String body) {
        return sendJson("POST", path, token, body, Map.of());
    }

    Reply book(String token, Map<String, Object> booking, String idempotencyKey) {
        return post("/api/v1/bookings", token, booking, Map.of(IDEMPOTENCY_KEY, idempotencyKey));
    }

    /** Registers a person with the USER role and logs them in. */
    Attendee registerAndLogIn(String email, String password, String name) {
        UUID id = register(email, password, name);
        return new Attendee(id, email, logIn(email, password));
    }

    /** @return the new account's id */
    UUID register(String email, String password, String name) {
        Reply registered = post("/api/v1/auth/register", null,
                Map.of("email", email, "password", password, "name", name));
        assertThat(registered.status()).as("registering %s: %s", email, registered).isEqualTo(201);
        return UUID.fromString(registered.json().path("id").asString());
    }

    /** @return the access token */
    String logIn(String email, String password) {
        return startSession(email, password).accessToken();
    }

    /** Logs in and keeps both tokens. */
    Session startSession(String email, String password) {
        return sessionOf(attemptLogIn(email, password), "logging in " + email);
    }

    /** A login whose outcome is the test's business. */
    Reply attemptLogIn(String email, String password) {
        return post("/api/v1/auth/login", null, Map.of("email", email, "password", password));
    }

    Reply refresh(String refreshToken) {
        return post("/api/v1/auth/refresh", null, Map.of("refreshToken", refreshToken));
    }

    /** The tokens of a successful login or refresh. */
    static Session sessionOf(Reply tokens, String description) {
        assertThat(tokens.status()).as("%s: %s", description, tokens).isEqualTo(200);
        JsonNode body = tokens.json();
        assertThat(body.path("tokenType").asString()).isEqualTo("Bearer");
        return new Session(body.path("accessToken").asString(), body.path("refreshToken").asString());
    }

    private Reply sendJson(String method, String path, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
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
                    response.headers().firstValue("Content-Type").orElse(""), response.headers(), response.body());
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

    /** What a login hands out: a short-lived access token, and the opaque token that gets the next one. */
    record Session(String accessToken, String refreshToken) {

        @Override
        public String toString() {
            return "Session[tokens hidden]";
        }
    }

    /** One answer of the gateway; its {@code toString} is what a failed assertion should show. */
    record Reply(String request, int status, String contentType, HttpHeaders headers, byte[] body) {

        private static final int SHOWN_BODY_CHARS = 2_000;

        JsonNode json() {
            return JSON.readTree(body);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        Optional<String> header(String name) {
            return headers.firstValue(name);
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
