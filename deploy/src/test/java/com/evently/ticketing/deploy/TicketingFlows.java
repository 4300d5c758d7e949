package com.evently.ticketing.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.evently.ticketing.deploy.GatewayClient.Attendee;
import com.evently.ticketing.deploy.GatewayClient.Reply;
import tools.jackson.databind.JsonNode;

/**
 * What end-to-end tests do the same way through the gateway: put an event on sale, wait until booking-service
 * knows its seats, wait until ticket-service issued a booking's tickets.
 */
final class TicketingFlows {

    /** What travels through Kafka: catalog → booking, booking → ticket and analytics. */
    static final Duration PROPAGATION = Duration.ofSeconds(60);
    static final String ATTENDEE_PASSWORD = "end-to-end-secret";

    private TicketingFlows() {
    }

    /** An event with one session and one ticket type of the given capacity, a quarter of a year ahead. */
    static Map<String, Object> eventWithOneSession(String title, int capacity) {
        // the day is irrelevant, as long as it is ahead: publishing an event in the past may be refused
        OffsetDateTime startsAt = OffsetDateTime.now(ZoneOffset.UTC).plusDays(90).truncatedTo(ChronoUnit.HOURS);
        return Map.of(
                "title", title,
                "description", "Created by an end-to-end test",
                "venue", "Hall A, Lisbon",
                "timeZone", "Europe/Lisbon",
                "sessions", List.of(Map.of("name", "Day 1",
                        "startsAt", startsAt.toString(), "endsAt", startsAt.plusHours(8).toString())),
                "ticketTypes", List.of(Map.of("name", "Standard",
                        "price", Map.of("amount", "25.00", "currency", "EUR"), "capacity", capacity)));
    }

    /** @param token of an organiser or administrator */
    static Reply createDraft(GatewayClient gateway, String token, String title, int capacity) {
        Reply created = gateway.post("/api/v1/events", token, eventWithOneSession(title, capacity));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.json().path("status").asString()).isEqualTo("DRAFT");
        return created;
    }

    /** @param token of an organiser or administrator */
    static PublishedEvent createAndPublish(GatewayClient gateway, String token, String title, int capacity) {
        JsonNode event = createDraft(gateway, token, title, capacity).json();
        String id = event.path("id").asString();

        Reply published = gateway.post("/api/v1/events/" + id + "/publish", token, null);
        assertThat(published.status()).as("%s", published).isEqualTo(200);
        assertThat(published.json().path("status").asString()).isEqualTo("PUBLISHED");
        return new PublishedEvent(id, event.path("sessions").path(0).path("id").asString(),
                event.path("ticketTypes").path(0).path("id").asString());
    }

    /** Availability is public (no token) and reaches booking-service from the catalog through Kafka. */
    static void awaitAvailability(GatewayClient gateway, PublishedEvent event, int capacity, int available) {
        Eventually.within(PROPAGATION, () -> {
            Reply reply = gateway.get("/api/v1/events/" + event.id() + "/availability", null);
            assertThat(reply.status()).as("%s", reply).isEqualTo(200);
            JsonNode lines = reply.json().path("lines");
            assertThat(lines.size()).as("inventory lines in %s", reply).isEqualTo(1);
            assertThat(lines.path(0).path("capacity").asInt()).as("capacity in %s", reply).isEqualTo(capacity);
            assertThat(lines.path(0).path("available").asInt()).as("available in %s", reply).isEqualTo(available);
        });
    }

    /** Tickets are issued by ticket-service once it hears of the booking: until then the list is empty. */
    static List<JsonNode> awaitTickets(GatewayClient gateway, String ownerToken, String bookingId, int expected) {
        return Eventually.within(PROPAGATION, () -> {
            Reply reply = gateway.get("/api/v1/tickets?bookingId=" + bookingId, ownerToken);
            assertThat(reply.status()).as("%s", reply).isEqualTo(200);
            List<JsonNode> tickets = List.copyOf(reply.json().path("items").values());
            assertThat(tickets).as("tickets of booking %s", bookingId).hasSize(expected);
            return tickets;
        });
    }

    /** A new account, signed in; {@code role} names it in its address, which is unique per call. */
    static Attendee registerAndLogIn(GatewayClient gateway, String role) {
        String email = role + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        return gateway.registerAndLogIn(email, ATTENDEE_PASSWORD, "E2E " + role);
    }

    /** A few threads: each registration and login is a bcrypt hash, the rest is waiting on the network. */
    static List<Attendee> registerAndLogInConcurrently(GatewayClient gateway, int count, String role) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Attendee>> pending = IntStream.range(0, count)
                    .mapToObj(i -> pool.submit(() -> registerAndLogIn(gateway, role + i)))
                    .toList();
            List<Attendee> registered = new ArrayList<>();
            for (Future<Attendee> attendee : pending) {
                registered.add(attendee.get());
            }
            return registered;
        }
    }

    /** What booking needs to know of a published event with one session and one ticket type. */
    record PublishedEvent(String id, String sessionId, String ticketTypeId) {

        Map<String, Object> booking(int quantity) {
            return Map.of("eventId", id, "sessionId", sessionId, "ticketTypeId", ticketTypeId, "quantity", quantity);
        }
    }
}
