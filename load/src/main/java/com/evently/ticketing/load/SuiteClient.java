package com.evently.ticketing.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts what a simulation needs in place through the public API, as an organiser and buyers would: accounts and
 * their tokens, published events whose seats booking-service knows.
 */
public final class SuiteClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PROPAGATION = Duration.ofSeconds(60);
    private static final String RATE_LIMITED_HINT = """
            The gateway's rate limits refuse a load test: start the suite with limits raised, e.g.
              GATEWAY_AUTH_RATE_LIMIT=1000000 GATEWAY_AUTH_RATE_LIMIT_BURST=1000000 \\
              GATEWAY_BOOKING_RATE_LIMIT=1000000 GATEWAY_BOOKING_RATE_LIMIT_BURST=1000000 ./run-local""";

    private final URI gateway;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public SuiteClient(URI gateway) {
        this.gateway = gateway;
    }

    /** @return the access token */
    public String logIn(String email, String password) {
        JsonNode tokens = expect(200, retryingWhileUnavailable(() ->
                post("/api/v1/auth/login", null, Map.of("email", email, "password", password))));
        return tokens.path("accessToken").asString();
    }

    /** New buyer accounts, signed in; a few at a time, since each registration and login hashes a password. */
    public List<Buyer> registerBuyers(String runId, int count) {
        String password = "load-" + UUID.randomUUID();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<Buyer>> pending = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String email = "load-" + runId + "-" + i + "-" + UUID.randomUUID().toString().substring(0, 8)
                        + "@example.com";
                pending.add(pool.submit(() -> {
                    register(email, password);
                    return new Buyer(email, logIn(email, password));
                }));
            }
            List<Buyer> buyers = new ArrayList<>();
            for (Future<Buyer> buyer : pending) {
                buyers.add(buyer.get());
            }
            return buyers;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while registering buyers", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    // A registration the gateway gave up on (504) may have happened all the same: then the retry finds the address
    // taken, which is the account this run asked for.
    private void register(String email, String password) {
        Map<String, String> account = Map.of("email", email, "password", password, "name", "Load buyer");
        Reply registered = retryingWhileUnavailable(() -> post("/api/v1/auth/register", null, account));
        if (registered.status() != 409) {
            expect(201, registered);
        }
    }

    /** A loaded machine makes a cold service miss the gateway's timeout now and then: setup tries again. */
    private static Reply retryingWhileUnavailable(Supplier<Reply> call) {
        Reply reply = call.get();
        for (int attempt = 1; attempt < 6 && reply.status() >= 502 && reply.status() <= 504; attempt++) {
            sleep(Duration.ofSeconds(attempt));
            reply = call.get();
        }
        return reply;
    }

    /**
     * Creates and publishes an event with one session and one ticket type, then waits until booking-service has
     * its seats. Each buyer may hold up to 1,000 seats of it (the catalog's largest limit), so that a few accounts
     * can carry a long run.
     *
     * @param startsIn how far ahead the session starts: check-in opens only in the day before
     */
    public PublishedEvent publishEvent(String organizerToken, String title, int capacity, Duration startsIn) {
        OffsetDateTime startsAt = OffsetDateTime.now(ZoneOffset.UTC).plus(startsIn).truncatedTo(ChronoUnit.MINUTES);
        Map<String, Object> event = Map.of(
                "title", title,
                "description", "Created by ./run-load",
                "venue", "Load hall",
                "timeZone", "Europe/Lisbon",
                "sessions", List.of(Map.of("name", "Main",
                        "startsAt", startsAt.toString(), "endsAt", startsAt.plusHours(8).toString())),
                "ticketTypes", List.of(Map.of("name", "Standard",
                        "price", Map.of("amount", "25.00", "currency", "EUR"),
                        "capacity", capacity, "maxSeatsPerUser", 1000)));
        JsonNode created = expect(201, post("/api/v1/events", organizerToken, event));
        String id = created.path("id").asString();
        expect(200, post("/api/v1/events/" + id + "/publish", organizerToken, null));
        PublishedEvent published = new PublishedEvent(UUID.fromString(id),
                UUID.fromString(created.path("sessions").path(0).path("id").asString()),
                UUID.fromString(created.path("ticketTypes").path(0).path("id").asString()));
        awaitOnSale(published);
        return published;
    }

    private void awaitOnSale(PublishedEvent event) {
        Instant deadline = Instant.now().plus(PROPAGATION);
        while (Instant.now().isBefore(deadline)) {
            Reply availability = get("/api/v1/events/" + event.id() + "/availability");
            if (availability.status() == 200 && !availability.json().path("lines").isEmpty()) {
                return;
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException("booking-service did not hear of event " + event.id() + " within "
                + PROPAGATION);
    }

    private Reply get(String path) {
        return send(HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(30)).GET());
    }

    private Reply post(String path, String token, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private static JsonNode expect(int status, Reply reply) {
        if (reply.status() == 429) {
            throw new IllegalStateException(reply.request() + " was rate limited.\n" + RATE_LIMITED_HINT);
        }
        if (reply.status() != status) {
            throw new IllegalStateException(reply.request() + " answered " + reply.status() + ", expected " + status
                    + ": " + reply.body());
        }
        return reply.json();
    }

    private Reply send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        String description = request.method() + " " + request.uri().getPath();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(description, response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(description + " failed: is the suite running (./run-local)?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + description, e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private record Reply(String request, int status, String body) {

        JsonNode json() {
            return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
        }
    }

    /** A signed-in account; the token is a credential and stays out of toString. */
    public record Buyer(String email, String token) {

        @Override
        public String toString() {
            return "Buyer[" + email + "]";
        }
    }

    /** What a booking names: the event, its only session and its only ticket type. */
    public record PublishedEvent(UUID id, UUID sessionId, UUID ticketTypeId) {

        public String bookingJson(int quantity) {
            return "{\"eventId\":\"%s\",\"sessionId\":\"%s\",\"ticketTypeId\":\"%s\",\"quantity\":%d}"
                    .formatted(id, sessionId, ticketTypeId, quantity);
        }
    }
}
