package com.evently.ticketing.deploy;

import static com.evently.ticketing.deploy.TicketingFlows.ATTENDEE_PASSWORD;
import static com.evently.ticketing.deploy.TicketingFlows.PROPAGATION;
import static com.evently.ticketing.deploy.TicketingFlows.registerAndLogIn;
import static com.evently.ticketing.deploy.TicketingFlows.registerAndLogInConcurrently;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.evently.ticketing.deploy.GatewayClient.Attendee;
import com.evently.ticketing.deploy.GatewayClient.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11's last test: after a random workload driven through the gateway only, every analytics figure the
 * organizer sees (per event, dashboard, report) equals a recount straight from booking's and ticket's tables.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
@ExtendWith(SharedSuite.class)
class AnalyticsRecountIT {

    /** Fixed so a failure can be replayed; override with -Drecount.seed=… to explore other workloads. */
    private static final long SEED = Long.getLong("recount.seed", 20_261_206L);
    private static final int ATTENDEES = 10;
    private static final int BOOKING_ATTEMPTS = 30;

    @RegisterExtension
    static final ServiceLogsOnFailure SERVICE_LOGS = new ServiceLogsOnFailure(SharedSuite.LOG_DIRECTORY);

    private static LocalSuite suite;
    private static GatewayClient gateway;

    @BeforeAll
    static void connect(LocalSuite sharedSuite) {
        suite = sharedSuite;
        gateway = new GatewayClient(suite.gatewayUrl());
    }

    @Test
    void everyFigureEqualsARecountFromBookingAndTicketTables() throws Exception {
        String seed = "seed " + SEED;
        Random random = new Random(SEED);
        String organizer = promotedOrganizer();
        List<Event> events = List.of(
                publish(organizer, "Recount two types", List.of(12, 8)),
                publish(organizer, "Recount one", List.of(15)),
                publish(organizer, "Recount two", List.of(10)));
        events.forEach(AnalyticsRecountIT::awaitLines);
        List<Attendee> attendees = registerAndLogInConcurrently(gateway, ATTENDEES, "recount");

        List<Booking> bookings = book(random, events, attendees, seed);
        editAndCancel(random, bookings, seed);
        int undone = checkInSome(random, organizer, bookings, seed);
        assertThat(undone).as("%s: admissions undone", seed).isPositive();
        assertWorkloadExercisedEveryFigure(events, seed);

        Eventually.within(PROPAGATION, () -> {
            for (Event event : events) {
                assertEventFiguresEqualRecount(organizer, event, seed);
            }
            assertDashboardEqualsRecount(organizer, events, seed);
            assertReportEqualsRecount(organizer, events, seed);
        });
    }

    // ---- the workload ----

    private static String promotedOrganizer() {
        Attendee user = registerAndLogIn(gateway, "recount-organizer");
        String admin = gateway.logIn(suite.adminEmail(), suite.adminPassword());
        Reply promoted = gateway.patch("/api/v1/users/" + user.id(), admin, Map.of("roles", List.of("ORGANIZER")));
        assertThat(promoted.status()).as("%s", promoted).isEqualTo(200);
        // the role is in the token: only a new login carries it
        return gateway.logIn(user.email(), ATTENDEE_PASSWORD);
    }

    /** Starts within the check-in window (24 h before the session by default), so its tickets can be scanned. */
    private static Event publish(String organizer, String title, List<Integer> capacities) {
        OffsetDateTime startsAt = OffsetDateTime.now(ZoneOffset.UTC).plusHours(3).truncatedTo(ChronoUnit.HOURS);
        List<Map<String, Object>> types = new ArrayList<>();
        for (int i = 0; i < capacities.size(); i++) {
            types.add(Map.of("name", "Type " + i, "price", Map.of("amount", "20.00", "currency", "EUR"),
                    "capacity", capacities.get(i)));
        }
        String uniqueTitle = title + " " + UUID.randomUUID().toString().substring(0, 8);
        Reply created = gateway.post("/api/v1/events", organizer, Map.of(
                "title", uniqueTitle,
                "description", "Created by the analytics recount test",
                "venue", "Hall R, Porto",
                "timeZone", "Europe/Lisbon",
                "sessions", List.of(Map.of("name", "Day 1",
                        "startsAt", startsAt.toString(), "endsAt", startsAt.plusHours(8).toString())),
                "ticketTypes", types));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonNode event = created.json();
        String id = event.path("id").asString();
        Reply published = gateway.post("/api/v1/events/" + id + "/publish", organizer, null);
        assertThat(published.status()).as("%s", published).isEqualTo(200);

        String sessionId = event.path("sessions").path(0).path("id").asString();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < capacities.size(); i++) {
            lines.add(new Line(sessionId, event.path("ticketTypes").path(i).path("id").asString(), capacities.get(i)));
        }
        return new Event(id, lines);
    }

    private static List<Booking> book(Random random, List<Event> events, List<Attendee> attendees, String seed) {
        List<Booking> bookings = new ArrayList<>();
        for (int i = 0; i < BOOKING_ATTEMPTS; i++) {
            Attendee buyer = attendees.get(random.nextInt(attendees.size()));
            Event event = events.get(random.nextInt(events.size()));
            Line line = event.lines().get(random.nextInt(event.lines().size()));
            int quantity = 1 + random.nextInt(3);
            Reply booked = gateway.book(buyer.token(), Map.of("eventId", event.id(), "sessionId", line.sessionId(),
                    "ticketTypeId", line.ticketTypeId(), "quantity", quantity), UUID.randomUUID().toString());
            // sold out or over the per-user limit is part of a random workload; anything else is not
            assertThat(booked.status()).as("%s: %s", seed, booked).isIn(201, 409, 422);
            if (booked.status() == 201) {
                bookings.add(new Booking(booked.json().path("id").asString(), buyer, event));
            }
        }
        assertThat(bookings).as("%s: bookings made", seed).hasSizeGreaterThan(5);
        return bookings;
    }

    private static void editAndCancel(Random random, List<Booking> bookings, String seed) {
        int edits = 0;
        for (Booking booking : bookings) {
            int dice = random.nextInt(10);
            if (dice < 3) {
                Reply edited = gateway.patch("/api/v1/bookings/" + booking.id(), booking.buyer().token(),
                        Map.of("quantity", 1 + random.nextInt(3)),
                        Map.of(GatewayClient.IDEMPOTENCY_KEY, UUID.randomUUID().toString()));
                assertThat(edited.status()).as("%s: %s", seed, edited).isIn(200, 409, 422);
                if (edited.status() == 200) {
                    edits++;
                }
            }
            if (dice >= 2 && dice < 5) {
                Reply cancelled = gateway.post("/api/v1/bookings/" + booking.id() + "/cancel",
                        booking.buyer().token(), Map.of("reason", "Random workload"));
                assertThat(cancelled.status()).as("%s: %s", seed, cancelled).isEqualTo(200);
            }
        }
        assertThat(edits).as("%s: edits that went through", seed).isPositive();
    }

    /**
     * Each standing booking's tickets once ticket-service caught up with its edits; about half are scanned, and one
     * admission in five is undone again. Returns how many were undone.
     */
    private static int checkInSome(Random random, String organizer, List<Booking> bookings, String seed) {
        int undoneAdmissions = 0;
        for (Booking booking : bookings) {
            Reply current = gateway.get("/api/v1/bookings/" + booking.id(), booking.buyer().token());
            assertThat(current.status()).as("%s: %s", seed, current).isEqualTo(200);
            if (!current.json().path("status").asString().equals("CONFIRMED")) {
                continue;
            }
            int quantity = current.json().path("quantity").asInt();
            List<JsonNode> valid = Eventually.within(PROPAGATION, () -> {
                Reply tickets = gateway.get("/api/v1/tickets?bookingId=" + booking.id(), booking.buyer().token());
                assertThat(tickets.status()).as("%s", tickets).isEqualTo(200);
                List<JsonNode> standing = tickets.json().path("items").values().stream()
                        .filter(ticket -> ticket.path("status").asString().equals("VALID")).toList();
                assertThat(standing).as("%s: valid tickets of booking %s", seed, booking.id()).hasSize(quantity);
                return standing;
            });
            for (JsonNode ticket : valid) {
                if (random.nextBoolean()) {
                    continue;
                }
                Map<String, Object> scan = Map.of("qrPayload", ticket.path("qrPayload").asString(), "gate", "North",
                        "scanId", UUID.randomUUID().toString(), "eventId", booking.event().id());
                Reply admitted = gateway.post("/api/v1/check-ins", organizer, scan);
                assertThat(admitted.status()).as("%s: %s", seed, admitted).isEqualTo(200);
                assertThat(admitted.json().path("result").asString()).as("%s: %s", seed, admitted)
                        .isEqualTo("ADMITTED");
                if (random.nextInt(5) == 0) {
                    // a mistaken admission taken back: analytics must stop counting it
                    String ticketId = ticket.path("id").asString();
                    Reply undone = gateway.delete("/api/v1/check-ins/" + ticketId, organizer);
                    assertThat(undone.status()).as("%s: %s", seed, undone).isEqualTo(204);
                    undoneAdmissions++;
                    continue;
                }
                if (random.nextInt(4) == 0) {
                    // a second scan of an admitted ticket must not count twice anywhere
                    Map<String, Object> again = new HashMap<>(scan);
                    again.put("scanId", UUID.randomUUID().toString());
                    Reply twice = gateway.post("/api/v1/check-ins", organizer, again);
                    assertThat(twice.json().path("result").asString()).as("%s: %s", seed, twice)
                            .isEqualTo("ALREADY_CHECKED_IN");
                }
            }
        }
        return undoneAdmissions;
    }

    /** A seed whose workload cancels nothing or admits nobody would prove little: pick another one then. */
    private static void assertWorkloadExercisedEveryFigure(List<Event> events, String seed) throws SQLException {
        Figures sum = Figures.NONE;
        for (Event event : events) {
            sum = sum.plus(recount(event).total());
        }
        System.out.printf("analytics recount workload, %s: %s%n", seed, sum);
        assertThat(sum.confirmed()).as("%s: seats held, %s", seed, sum).isPositive();
        assertThat(sum.cancelled()).as("%s: seats cancelled, %s", seed, sum).isPositive();
        assertThat(sum.checkedIn()).as("%s: tickets admitted, %s", seed, sum).isPositive();
    }

    // ---- the comparisons ----

    private static void assertEventFiguresEqualRecount(String organizer, Event event, String seed) throws SQLException {
        Reply reply = gateway.get("/api/v1/analytics/events/" + event.id(), organizer);
        assertThat(reply.status()).as("%s: %s", seed, reply).isEqualTo(200);
        JsonNode figures = reply.json();
        Recount recount = recount(event);
        String about = seed + ", event " + event.id() + ": " + reply;

        assertThat(figures.path("confirmed").asInt()).as("confirmed, %s", about).isEqualTo(recount.total().confirmed());
        assertThat(figures.path("cancelled").asInt()).as("cancelled, %s", about).isEqualTo(recount.total().cancelled());
        assertThat(figures.path("confirmedBookings").asInt()).as("confirmedBookings, %s", about)
                .isEqualTo(recount.total().confirmedBookings());
        assertThat(figures.path("cancelledBookings").asInt()).as("cancelledBookings, %s", about)
                .isEqualTo(recount.total().cancelledBookings());
        assertThat(figures.path("checkedIn").asInt()).as("checkedIn, %s", about).isEqualTo(recount.total().checkedIn());
        assertThat(figures.path("capacity").asInt()).as("capacity, %s", about)
                .isEqualTo(event.lines().stream().mapToInt(Line::capacity).sum());
        Map<String, Integer> tickets = ticketStatuses(event);
        assertThat(figures.path("tickets").path("valid").asInt()).as("tickets.valid, %s", about)
                .isEqualTo(tickets.getOrDefault("VALID", 0));
        assertThat(figures.path("tickets").path("void").asInt()).as("tickets.void, %s", about)
                .isEqualTo(tickets.getOrDefault("VOID", 0));
        assertThat(figures.path("tickets").path("transferred").asInt()).as("tickets.transferred, %s", about)
                .isEqualTo(tickets.getOrDefault("REVOKED", 0));

        assertThat(figures.path("lines").size()).as("lines, %s", about).isEqualTo(event.lines().size());
        for (Line line : event.lines()) {
            JsonNode shown = figures.path("lines").values().stream()
                    .filter(candidate -> candidate.path("sessionId").asString().equals(line.sessionId())
                            && candidate.path("ticketTypeId").asString().equals(line.ticketTypeId()))
                    .findFirst().orElseThrow(() -> new AssertionError("no line " + line + ", " + about));
            Figures expected = recount.perLine().getOrDefault(line.ticketTypeId(), Figures.NONE);
            String aboutLine = "line " + line.ticketTypeId() + ", " + about;
            assertThat(shown.path("capacity").asInt()).as("capacity, %s", aboutLine).isEqualTo(line.capacity());
            assertThat(shown.path("confirmed").asInt()).as("confirmed, %s", aboutLine).isEqualTo(expected.confirmed());
            assertThat(shown.path("cancelled").asInt()).as("cancelled, %s", aboutLine).isEqualTo(expected.cancelled());
            assertThat(shown.path("checkedIn").asInt()).as("checkedIn, %s", aboutLine).isEqualTo(expected.checkedIn());
        }
    }

    /** A fresh organizer: the dashboard's scope is exactly the three events, all of it done today. */
    private static void assertDashboardEqualsRecount(String organizer, List<Event> events, String seed)
            throws SQLException {
        Figures sum = Figures.NONE;
        for (Event event : events) {
            sum = sum.plus(recount(event).total());
        }
        Reply reply = gateway.get("/api/v1/analytics/dashboard", organizer);
        assertThat(reply.status()).as("%s: %s", seed, reply).isEqualTo(200);
        JsonNode totals = reply.json().path("totals");
        String about = seed + ": " + reply;
        assertThat(reply.json().path("scope").asString()).as(about).isEqualTo("ORGANIZER");
        assertThat(totals.path("registrations").asInt()).as("registrations, %s", about)
                .isEqualTo(sum.confirmedBookings() + sum.cancelledBookings());
        assertThat(totals.path("seatsSold").asInt()).as("seatsSold, %s", about).isEqualTo(sum.confirmed());
        assertThat(totals.path("cancellations").asInt()).as("cancellations, %s", about)
                .isEqualTo(sum.cancelledBookings());
        assertThat(totals.path("cancelledSeats").asInt()).as("cancelledSeats, %s", about).isEqualTo(sum.cancelled());
        assertThat(totals.path("checkIns").asInt()).as("checkIns, %s", about).isEqualTo(sum.checkedIn());
        assertThat(totals.path("eventsByStatus").path("PUBLISHED").asInt()).as("published events, %s", about)
                .isEqualTo(events.size());
    }

    private static void assertReportEqualsRecount(String organizer, List<Event> events, String seed)
            throws SQLException {
        Reply reply = gateway.get("/api/v1/analytics/reports?dimensions=event"
                + "&measures=bookings,seats,cancellations,cancelledSeats,checkIns", organizer);
        assertThat(reply.status()).as("%s: %s", seed, reply).isEqualTo(200);
        String about = seed + ": " + reply;
        JsonNode rows = reply.json().path("rows");
        Map<String, JsonNode> byEvent = new HashMap<>();
        rows.values().forEach(row -> byEvent.put(row.path("event").asString(), row));
        assertThat(byEvent.keySet()).as("events reported, %s", about)
                .containsExactlyInAnyOrderElementsOf(events.stream().map(Event::id).toList());
        for (Event event : events) {
            Figures expected = recount(event).total();
            JsonNode row = byEvent.get(event.id());
            String aboutRow = "event " + event.id() + ", " + about;
            assertThat(row.path("bookings").asInt()).as("bookings, %s", aboutRow)
                    .isEqualTo(expected.confirmedBookings() + expected.cancelledBookings());
            assertThat(row.path("seats").asInt()).as("seats, %s", aboutRow).isEqualTo(expected.confirmed());
            assertThat(row.path("cancellations").asInt()).as("cancellations, %s", aboutRow)
                    .isEqualTo(expected.cancelledBookings());
            assertThat(row.path("cancelledSeats").asInt()).as("cancelledSeats, %s", aboutRow)
                    .isEqualTo(expected.cancelled());
            assertThat(row.path("checkIns").asInt()).as("checkIns, %s", aboutRow).isEqualTo(expected.checkedIn());
        }
    }

    // ---- the recount, as the superuser straight from the services' schemas ----

    private static Recount recount(Event event) throws SQLException {
        Map<String, Figures> perLine = new HashMap<>();
        DatabaseConnection database = suite.database();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password())) {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT b.ticket_type_id, b.status, count(*) AS bookings, sum(b.quantity) AS seats,
                           sum((SELECT count(*) FROM booking.booking_seat s WHERE s.booking_id = b.id)) AS seat_rows
                      FROM booking.booking b WHERE b.event_id = ? GROUP BY b.ticket_type_id, b.status""")) {
                query.setObject(1, UUID.fromString(event.id()));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        int bookings = rows.getInt("bookings");
                        int seats = rows.getInt("seats");
                        if (rows.getString("status").equals("CONFIRMED")) {
                            // booking_seat holds the seats a standing booking holds now: it must agree with quantity
                            assertThat(rows.getInt("seat_rows")).as("booking_seat rows of confirmed bookings of "
                                    + "line %s", rows.getString("ticket_type_id")).isEqualTo(seats);
                        }
                        Figures figures = switch (rows.getString("status")) {
                            case "CONFIRMED" -> new Figures(seats, 0, bookings, 0, 0);
                            case "CANCELLED" -> new Figures(0, seats, 0, bookings, 0);
                            default -> throw new AssertionError("unknown booking status " + rows.getString("status"));
                        };
                        perLine.merge(rows.getString("ticket_type_id"), figures, Figures::plus);
                    }
                }
            }
            // an undone admission keeps its row in ticket-service, for the record, with undone_at
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT ticket_type_id, count(*) AS admitted
                      FROM ticketing.check_in WHERE event_id = ? AND undone_at IS NULL GROUP BY ticket_type_id""")) {
                query.setObject(1, UUID.fromString(event.id()));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        perLine.merge(rows.getString("ticket_type_id"),
                                new Figures(0, 0, 0, 0, rows.getInt("admitted")), Figures::plus);
                    }
                }
            }
        }
        Figures total = perLine.values().stream().reduce(Figures.NONE, Figures::plus);
        return new Recount(total, perLine);
    }

    /** Ticket-service's tickets of the event by status: VALID, VOID, REVOKED (by a transfer). */
    private static Map<String, Integer> ticketStatuses(Event event) throws SQLException {
        Map<String, Integer> byStatus = new HashMap<>();
        DatabaseConnection database = suite.database();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password());
             PreparedStatement query = connection.prepareStatement(
                     "SELECT status, count(*) AS tickets FROM ticketing.ticket WHERE event_id = ? GROUP BY status")) {
            query.setObject(1, UUID.fromString(event.id()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    byStatus.put(rows.getString("status"), rows.getInt("tickets"));
                }
            }
        }
        return byStatus;
    }

    // ---- values ----

    /** Each event has one session, so a line is known by its ticket type. */
    private record Line(String sessionId, String ticketTypeId, int capacity) {
    }

    private record Event(String id, List<Line> lines) {
    }

    private record Booking(String id, Attendee buyer, Event event) {
    }

    private record Figures(int confirmed, int cancelled, int confirmedBookings, int cancelledBookings, int checkedIn) {

        static final Figures NONE = new Figures(0, 0, 0, 0, 0);

        Figures plus(Figures other) {
            return new Figures(confirmed + other.confirmed, cancelled + other.cancelled,
                    confirmedBookings + other.confirmedBookings, cancelledBookings + other.cancelledBookings,
                    checkedIn + other.checkedIn);
        }
    }

    private record Recount(Figures total, Map<String, Figures> perLine) {
    }

    /** Booking-service hears of an event's lines through Kafka: until then nothing can be booked. */
    private static void awaitLines(Event event) {
        Eventually.within(PROPAGATION, () -> {
            Reply reply = gateway.get("/api/v1/events/" + event.id() + "/availability", null);
            assertThat(reply.status()).as("%s", reply).isEqualTo(200);
            assertThat(reply.json().path("lines").size()).as("inventory lines in %s", reply)
                    .isEqualTo(event.lines().size());
        });
    }
}
