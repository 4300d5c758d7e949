package com.evently.ticketing.event;

import com.evently.ticketing.platform.security.InternalScopes;
import com.evently.ticketing.testsupport.TestIdentityProvider;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * booking-service's internal capacity endpoint as event-service sees it over HTTP: it admits only a service token
 * holding {@code internal:booking-inventory} signed by the test identity provider (so a call that reaches it fetched
 * its token from the provider's token endpoint), refuses a capacity below the seats a test says are sold, remembers
 * what it accepted, and can be told to fail like a sick service.
 */
final class FakeBookingService {

    private static final Pattern CAPACITY =
            Pattern.compile("/internal/v1/events/([0-9a-f-]{36})/ticket-types/([0-9a-f-]{36})/capacity");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Call(UUID eventId, UUID ticketTypeId, int capacity, UUID changeId) {
    }

    private static final FakeBookingService INSTANCE = new FakeBookingService();

    private final HttpServer server;
    private final Map<UUID, Integer> soldSeats = new ConcurrentHashMap<>();
    private final Map<UUID, Integer> capacities = new ConcurrentHashMap<>();
    private final Map<UUID, Integer> failures = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    private FakeBookingService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/internal/", this::handle);
        server.start();
    }

    static FakeBookingService instance() {
        return INSTANCE;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void sold(UUID ticketTypeId, int seats) {
        soldSeats.put(ticketTypeId, seats);
    }

    /** The next {@code times} calls for the ticket type answer 500. */
    void failNext(UUID ticketTypeId, int times) {
        failures.put(ticketTypeId, times);
    }

    /** The capacity booking accepted last for the ticket type, if any. */
    Integer capacityOf(UUID ticketTypeId) {
        return capacities.get(ticketTypeId);
    }

    List<Call> callsFor(UUID ticketTypeId) {
        return calls.stream().filter(call -> call.ticketTypeId().equals(ticketTypeId)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher path = CAPACITY.matcher(exchange.getRequestURI().getPath());
            if (!"PUT".equals(exchange.getRequestMethod()) || !path.matches()) {
                answer(exchange, 404, "{}");
                return;
            }
            if (!TestIdentityProvider.get().isServiceTokenWith(exchange.getRequestHeaders().getFirst("Authorization"),
                    InternalScopes.BOOKING_INVENTORY)) {
                answer(exchange, 401, "{}");
                return;
            }
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            UUID ticketTypeId = UUID.fromString(path.group(2));
            Call call = new Call(UUID.fromString(path.group(1)), ticketTypeId, body.path("capacity").intValue(),
                    UUID.fromString(body.path("changeId").asText()));
            calls.add(call);
            if (failures.getOrDefault(ticketTypeId, 0) > 0) {
                failures.merge(ticketTypeId, -1, Integer::sum);
                answer(exchange, 500, "{}");
                return;
            }
            int sold = soldSeats.getOrDefault(ticketTypeId, 0);
            if (call.capacity() < sold) {
                answer(exchange, 409, """
                        {"type":"https://evently.example/problems/capacity-below-sold","status":409,"soldSeats":%d}"""
                        .formatted(sold));
                return;
            }
            capacities.put(ticketTypeId, call.capacity());
            answer(exchange, 200, "{}");
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}
