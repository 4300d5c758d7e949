package com.evently.ticketing.deploy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the browser journeys do through the public API instead of the page (set-up the journey is not about, and
 * checks of what the page did), as any client of the gateway would.
 */
final class PublicApi {

    /** Catalog → booking → ticket → analytics go through Kafka: what the page shows follows within this. */
    static final Duration PROPAGATION = Duration.ofSeconds(90);
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI gatewayUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    PublicApi(URI gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    /**
     * Registers once more after the gateway gave up waiting (504 on a loaded machine): then the first attempt may
     * have created the account after all, which the second one finds taken.
     *
     * @return the new account's id
     */
    String register(String email, String password, String name) throws Exception {
        Map<String, String> account = Map.of("email", email, "password", password, "name", name);
        HttpResponse<String> registered = send(post("/api/v1/auth/register", null, account));
        if (registered.statusCode() == 504) {
            registered = send(post("/api/v1/auth/register", null, account));
            if (registered.statusCode() == 409) {
                return getJson("/api/v1/users/me", logIn(email, password)).path("id").asString();
            }
        }
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return JSON.readTree(registered.body()).path("id").asString();
    }

    /** @return the access token */
    String logIn(String email, String password) throws Exception {
        HttpResponse<String> reply = send(post("/api/v1/auth/login", null, Map.of("email", email, "password", password)));
        assertThat(reply.statusCode()).as("login of %s", email).isEqualTo(200);
        return JSON.readTree(reply.body()).path("accessToken").asString();
    }

    JsonNode getJson(String path, String token) throws Exception {
        HttpResponse<String> reply = send(request(path, token).GET().build());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return JSON.readTree(reply.body());
    }

    /** @return the created or changed resource */
    JsonNode postJson(String path, String token, Object body, int expectedStatus) throws Exception {
        HttpResponse<String> reply = send(post(path, token, body));
        assertThat(reply.statusCode()).as("%s: %s", path, reply.body()).isEqualTo(expectedStatus);
        return JSON.readTree(reply.body());
    }

    /** @return the changed resource */
    JsonNode patchJson(String path, String token, Object body) throws Exception {
        HttpResponse<String> reply = send(request(path, token)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build());
        assertThat(reply.statusCode()).as("%s: %s", path, reply.body()).isEqualTo(200);
        return JSON.readTree(reply.body());
    }

    /** @return the event's id */
    String createAndPublish(String token, String title, OffsetDateTime startsAt, int capacity) throws Exception {
        return createAndPublish(token, title, "Hall B, Porto", startsAt, capacity);
    }

    /** @return the event's id; its one session lasts eight hours, in Lisbon's time zone */
    String createAndPublish(String token, String title, String venue, OffsetDateTime startsAt, int capacity) throws Exception {
        return createAndPublish(token, title, venue, "Day 1", startsAt, startsAt.plusHours(8), capacity);
    }

    /**
     * An event whose one session starts soon and is over within minutes, so that a journey can outlive it (feedback
     * opens when a session has ended): the catalog takes any session that ends after it starts, and sells its seats
     * until the event is completed, a while after that end.
     *
     * @return the event's id
     */
    String createAndPublishBrief(String token, String title, OffsetDateTime startsAt, Duration length, int capacity)
            throws Exception {
        return createAndPublish(token, title, "Hall D, Lisbon", "Warm-up", startsAt, startsAt.plus(length), capacity);
    }

    private String createAndPublish(String token, String title, String venue, String sessionName,
                                    OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity) throws Exception {
        Map<String, Object> event = Map.of(
                "title", title,
                "description", "Created by a browser journey test",
                "venue", venue,
                "timeZone", "Europe/Lisbon",
                "sessions", List.of(Map.of("name", sessionName,
                        "startsAt", startsAt.toString(), "endsAt", endsAt.toString())),
                "ticketTypes", List.of(Map.of("name", "Standard",
                        "price", Map.of("amount", "25.00", "currency", "EUR"), "capacity", capacity)));
        String id = postJson("/api/v1/events", token, event, 201).path("id").asString();
        postJson("/api/v1/events/" + id + "/publish", token, null, 200);
        return id;
    }

    /** Waits until booking-service sells exactly this many seats of the event's first line. */
    void awaitSeats(String eventId, int available) throws Exception {
        long deadline = System.nanoTime() + PROPAGATION.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> reply = send(request("/api/v1/events/" + eventId + "/availability", null).GET().build());
            last = reply.body();
            if (reply.statusCode() == 200
                    && JSON.readTree(reply.body()).path("lines").path(0).path("available").asInt(-1) == available) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("availability of " + eventId + " never reached " + available + ": " + last);
    }

    /** Books seats of the event's first session and ticket type. @return the booking's id */
    String book(String token, JsonNode event, int quantity) throws Exception {
        HttpRequest request = request("/api/v1/bookings", token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                        "eventId", event.path("id").asString(),
                        "sessionId", event.path("sessions").path(0).path("id").asString(),
                        "ticketTypeId", event.path("ticketTypes").path(0).path("id").asString(),
                        "quantity", quantity))))
                .build();
        HttpResponse<String> booked = send(request);
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        return JSON.readTree(booked.body()).path("id").asString();
    }

    /** Waits until ticket-service has issued this many tickets of the booking. */
    JsonNode awaitTickets(String token, String bookingId, int count) throws Exception {
        long deadline = System.nanoTime() + PROPAGATION.toNanos();
        JsonNode tickets = null;
        while (System.nanoTime() < deadline) {
            tickets = getJson("/api/v1/tickets?bookingId=" + bookingId, token).path("items");
            if (tickets.size() == count) {
                return tickets;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("booking " + bookingId + " never had " + count + " tickets: " + tickets);
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest post(String path, String token, Object body) {
        return request(path, token)
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
    }

    HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(gatewayUrl.resolve(path)).timeout(Duration.ofSeconds(30));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    /** Letters only, so that full-text search sees exactly one word that no other test's event has. */
    static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
