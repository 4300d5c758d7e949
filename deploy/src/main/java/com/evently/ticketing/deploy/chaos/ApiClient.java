package com.evently.ticketing.deploy.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON over HTTP to the gateway, as any client of the public API. A failed exchange is a reply with status 0. */
final class ApiClient {

    static final int NO_ANSWER = 0;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Above the gateway's 10 s response timeout, so a slow service shows as the gateway's 504. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    private final URI gateway;
    private final HttpClient http;

    ApiClient(URI gateway) {
        this.gateway = gateway;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    Reply get(String path, String token) {
        return send(request(path, token).GET());
    }

    Reply post(String path, String token, Object body, String idempotencyKey) {
        HttpRequest.Builder request = request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.writeValueAsString(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
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
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Reply(NO_ANSWER, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(NO_ANSWER, "interrupted");
        }
    }

    record Reply(int status, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        boolean isSuccess() {
            return status >= 200 && status < 300;
        }

        /** What a client cannot tell apart from "maybe done": the server failed, or no answer came at all. */
        boolean isInconclusive() {
            return status == NO_ANSWER || status >= 500;
        }

        String problemType() {
            try {
                return json().path("type").asString("");
            } catch (RuntimeException notJson) {
                return "";
            }
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }
}
