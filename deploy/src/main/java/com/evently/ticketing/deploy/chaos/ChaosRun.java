package com.evently.ticketing.deploy.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import com.evently.ticketing.deploy.Directories;
import com.evently.ticketing.deploy.LocalSuite;
import com.evently.ticketing.deploy.Service;
import com.evently.ticketing.deploy.ServiceReplicas;
import com.evently.ticketing.deploy.SuiteOptions;
import com.evently.ticketing.deploy.chaos.LoadClient.Line;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The chaos run of issue 17: the suite with two replicas of booking, ticket and notification, a steady booking and
 * cancelling load through the gateway, and meanwhile one fault after another (see {@link Faults}). Once the load
 * has stopped and the system has drained, it checks the invariants ({@link InvariantChecks}), prints the report and
 * exits non-zero on any violation.
 *
 * <pre>./run-chaos [--short]</pre>
 */
public final class ChaosRun {

    private static final Logger log = LoggerFactory.getLogger(ChaosRun.class);
    private static final String CLIENT_PASSWORD = "chaos-client-secret";
    private static final Duration PROPAGATION = Duration.ofSeconds(120);
    private static final Duration SET_UP_PATIENCE = Duration.ofMinutes(3);
    private static final Duration CHECK_INTERVAL = Duration.ofSeconds(10);

    private ChaosRun() {
    }

    public static void main(String[] args) {
        ChaosPlan plan = List.of(args).contains("--short") ? ChaosPlan.brief() : ChaosPlan.full();
        Path root = Path.of(System.getProperty("ticketing.repositoryRoot", ".")).toAbsolutePath().normalize();
        ChaosReport report = run(root, plan, root.resolve("deploy/target/chaos-logs"));
        System.exit(report.passed() ? 0 : 1);
    }

    /** Runs the whole chaos run on a suite of its own, and prints and returns its report. */
    public static ChaosReport run(Path repositoryRoot, ChaosPlan plan, Path logDirectory) {
        Path data = temporaryDirectory();
        Instant started = Instant.now();
        // restarting PostgreSQL in place needs a data directory that outlives the server
        SuiteOptions options = SuiteOptions.isolated(repositoryRoot, logDirectory).withDataDirectory(data)
                .withReadinessTimeout(Duration.ofMinutes(20))
                .withServiceEnvironment(Map.of(
                        // the load is a few users writing steadily: the per-user limits are not under test here
                        "GATEWAY_BOOKING_RATE_LIMIT", "100000", "GATEWAY_BOOKING_RATE_LIMIT_BURST", "100000",
                        "GATEWAY_AUTH_RATE_LIMIT", "100000", "GATEWAY_AUTH_RATE_LIMIT_BURST", "100000"));
        ServiceReplicas replicas = ServiceReplicas.single()
                .with(Service.BOOKING, 2).with(Service.TICKET, 2).with(Service.NOTIFICATION, 2);
        try (LocalSuite suite = LocalSuite.start(options, replicas)) {
            log.info("suite ready after {} s", Duration.between(started, Instant.now()).toSeconds());
            ChaosReport report = drive(suite, plan);
            System.out.println(report.render("Chaos run (" + plan.name() + " form), " + OffsetDateTime.now(ZoneOffset.UTC)
                    .truncatedTo(ChronoUnit.SECONDS) + ", " + Duration.between(started, Instant.now()).toMinutes()
                    + " min in all; logs in " + logDirectory));
            return report;
        } finally {
            deleteRecursively(data);
        }
    }

    private static ChaosReport drive(LocalSuite suite, ChaosPlan plan) {
        ApiClient api = new ApiClient(suite.gatewayUrl());
        String adminToken = logIn(api, suite.adminEmail(), suite.adminPassword());
        List<Line> lines = putEventOnSale(api, adminToken, plan);
        List<String> clients = registerClients(api, plan.clients());

        ClientLedger ledger = new ClientLedger();
        LoadClient.Control control = new LoadClient.Control();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            LoadClient client = new LoadClient(api, clients.get(i), CLIENT_PASSWORD, lines, ledger, control,
                    plan.thinkTime(), 17L * (i + 1));
            threads.add(Thread.ofPlatform().name("chaos-client-" + i).start(client));
        }

        Faults faults = new Faults(suite, plan);
        try {
            faults.injectAll();
        } finally {
            control.stopLoad(plan.drainTimeout());
            threads.forEach(ChaosRun::join);
        }
        log.info("load stopped after {} writes; waiting for the system to drain", ledger.writes().size());

        InvariantChecks checks = new InvariantChecks(suite.database(), lines.getFirst().eventId());
        Instant deadline = Instant.now().plus(plan.drainTimeout());
        ChaosReport report = checks.check(suite.receivedMessages(), ledger);
        while (!report.passed() && Instant.now().isBefore(deadline)) {
            sleep(CHECK_INTERVAL);
            report = checks.check(suite.receivedMessages(), ledger);
        }
        return report.withFaults(faults.injected());
    }

    /** One published event with one session and a line per planned capacity, once booking-service knows its seats. */
    private static List<Line> putEventOnSale(ApiClient api, String adminToken, ChaosPlan plan) {
        OffsetDateTime startsAt = OffsetDateTime.now(ZoneOffset.UTC).plusDays(90).truncatedTo(ChronoUnit.HOURS);
        List<Map<String, Object>> ticketTypes = IntStream.range(0, plan.lineCapacities().size())
                .mapToObj(i -> Map.<String, Object>of("name", "Tier " + (i + 1),
                        "price", Map.of("amount", "25.00", "currency", "EUR"), "capacity", plan.lineCapacities().get(i)))
                .toList();
        String creationKey = UUID.randomUUID().toString();
        ApiClient.Reply created = settled(() -> api.post("/api/v1/events", adminToken, Map.of(
                "title", "Chaos run " + UUID.randomUUID().toString().substring(0, 8),
                "description", "Booked and cancelled while faults are injected",
                "venue", "Hall C, Porto",
                "timeZone", "Europe/Lisbon",
                "sessions", List.of(Map.of("name", "Day 1", "startsAt", startsAt.toString(),
                        "endsAt", startsAt.plusHours(8).toString())),
                "ticketTypes", ticketTypes), creationKey));
        require(created.status() == 201, "creating the event", created);
        JsonNode event = created.json();
        String eventId = event.path("id").asString();
        SettledReply published = settledOnce(() -> api.post("/api/v1/events/" + eventId + "/publish", adminToken, null, null));
        require(published.reply().status() == 200 || published.retried() && published.reply().status() == 409,
                "publishing the event", published.reply());

        String sessionId = event.path("sessions").path(0).path("id").asString();
        List<Line> lines = new ArrayList<>();
        event.path("ticketTypes").values().forEach(type -> lines.add(new Line(eventId, sessionId, type.path("id").asString())));
        Instant deadline = Instant.now().plus(PROPAGATION);
        while (true) {
            ApiClient.Reply availability = api.get("/api/v1/events/" + eventId + "/availability", null);
            if (availability.status() == 200 && availability.json().path("lines").size() == lines.size()) {
                return lines;
            }
            require(Instant.now().isBefore(deadline), "waiting for booking-service to put the event on sale", availability);
            sleep(Duration.ofSeconds(1));
        }
    }

    private static List<String> registerClients(ApiClient api, int count) {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = "chaos-" + i + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
            Map<String, Object> registration = Map.of("email", email, "password", CLIENT_PASSWORD, "name", "Chaos client " + i);
            SettledReply registered = settledOnce(() -> api.post("/api/v1/auth/register", null, registration, null));
            require(registered.reply().status() == 201 || registered.retried() && registered.reply().status() == 409,
                    "registering " + email, registered.reply());
            emails.add(email);
        }
        return emails;
    }

    private static String logIn(ApiClient api, String email, String password) {
        ApiClient.Reply reply = settled(() -> api.post("/api/v1/auth/login", null,
                Map.of("email", email, "password", password), null));
        require(reply.status() == 200, "logging in " + email, reply);
        return reply.json().path("accessToken").asString();
    }

    /**
     * The first requests reach services that have just started (cold, on a busy machine): a set-up step that ran into
     * the gateway's timeout is sent again. A write sent again carries its idempotency key, or its caller accepts the
     * conflict a second attempt meets when the first did commit ({@link SettledReply#retried()}).
     */
    private static ApiClient.Reply settled(Supplier<ApiClient.Reply> request) {
        return settledOnce(request).reply();
    }

    private static SettledReply settledOnce(Supplier<ApiClient.Reply> request) {
        Instant deadline = Instant.now().plus(SET_UP_PATIENCE);
        ApiClient.Reply reply = request.get();
        boolean retried = false;
        while (reply.isInconclusive() && Instant.now().isBefore(deadline)) {
            log.info("set-up request answered {}; sending it again", reply.status());
            sleep(Duration.ofSeconds(2));
            reply = request.get();
            retried = true;
        }
        return new SettledReply(reply, retried);
    }

    private record SettledReply(ApiClient.Reply reply, boolean retried) {
    }

    private static void require(boolean condition, String step, ApiClient.Reply reply) {
        if (!condition) {
            throw new IllegalStateException("chaos run set-up failed " + step + ": " + reply);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("ticketing-chaos-");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the run's data directory", e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try {
            Directories.deleteRecursively(directory);
        } catch (IOException e) {
            log.warn("could not delete {}: {}", directory, e.toString());
        }
    }
}
