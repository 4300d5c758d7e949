package com.evently.ticketing.deploy;

import static com.evently.ticketing.deploy.TicketingFlows.awaitAvailability;
import static com.evently.ticketing.deploy.TicketingFlows.awaitTickets;
import static com.evently.ticketing.deploy.TicketingFlows.registerAndLogIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.evently.ticketing.deploy.GatewayClient.Attendee;
import com.evently.ticketing.deploy.GatewayClient.Reply;
import com.evently.ticketing.deploy.LocalPrometheus.QueryResult;
import com.evently.ticketing.deploy.LocalPrometheus.Target;
import com.evently.ticketing.deploy.TicketingFlows.PublishedEvent;
import com.evently.ticketing.deploy.manifests.MonitoringQueries;
import com.evently.ticketing.deploy.manifests.MonitoringQueries.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15's "checked, not hoped": a real Prometheus (Debian's package, 2.42 on Debian 12) scrapes the launched
 * suite with the labels the Prometheus Operator's PodMonitors give on a cluster, and after a short workload every
 * dashboard panel, dashboard variable and alert expression of {@code deploy/} returns data: the exact metric names
 * and label matchers, not a scan of the code for prefixes. What cannot have data here is listed below, each with its
 * reason. The suite's services and the gateway must also be scraped whole (an exemplar Prometheus cannot parse
 * fails the entire scrape), and a request's trace id must reach Prometheus as an exemplar of its latency bucket.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
@ExtendWith(SharedSuite.class)
class LivePrometheusIT {

    private static final Duration SCRAPE_INTERVAL = Duration.ofSeconds(2);
    /** Micrometer binds a Kafka consumer's fetch metrics (consumer lag) up to a minute after the consumer started. */
    private static final Duration UNTIL_EVERY_QUERY_HAS_DATA = Duration.ofMinutes(3);
    private static final Duration UNTIL_SCRAPED = Duration.ofMinutes(1);
    /** What Grafana would put in: the dashboards' default range, a rate window of many scrapes, "All" applications. */
    private static final Map<String, String> GRAFANA_VARIABLES = Map.of(
            "__range", "5m", "__rate_interval", "30s", "application", ".*");
    private static final String NAMESPACE = "ticketing";
    /** The gateway names in its answer the trace it started or continued. */
    private static final String TRACE_ID_HEADER = "X-Trace-Id";

    /** Queries reading these are left out: the series exist only on a cluster. */
    private static final Map<String, String> ONLY_ON_A_CLUSTER = Map.of(
            "kube_pod_container_status_restarts_total",
            "kube-state-metrics (kube-prometheus-stack) exports it from the cluster's pod status",
            "kube_pod_container_status_last_terminated_reason",
            "kube-state-metrics (kube-prometheus-stack) exports it from the cluster's pod status");

    /**
     * Label matchers that select what only a failure produces. The query is checked with the matcher widened, so its
     * metric, its labels and the rest of the expression still have to return data.
     */
    private static final Map<String, Widened> ONLY_AFTER_A_FAILURE = Map.of(
            "status=~\"5..\"", new Widened("status=~\"[1-5]..\"",
                    "a healthy run answers 5xx only by chance (a readiness probe while a service starts):"
                            + " the same series, any status"));

    private record Widened(String matcher, String reason) {
    }

    @RegisterExtension
    static final ServiceLogsOnFailure SERVICE_LOGS = new ServiceLogsOnFailure(SharedSuite.LOG_DIRECTORY);

    @TempDir
    static Path prometheusDirectory;

    private static GatewayClient gateway;
    private static LocalPrometheus prometheus;
    private static PublishedEvent event;

    @BeforeAll
    static void scrapeTheSuiteThroughAShortWorkload(LocalSuite suite) throws IOException {
        Assumptions.assumeTrue(InstalledTools.onPath(LocalPrometheus.BINARY).isPresent(),
                "prometheus is not installed (Debian: apt-get install prometheus; .ci/run installs it)");
        gateway = new GatewayClient(suite.gatewayUrl());
        Files.createDirectories(SharedSuite.LOG_DIRECTORY);
        prometheus = LocalPrometheus.start(targets(suite), SCRAPE_INTERVAL, prometheusDirectory,
                SharedSuite.LOG_DIRECTORY.resolve("prometheus.log"));
        driveAShortWorkload(suite);
    }

    @AfterAll
    static void stopPrometheus() {
        if (prometheus != null) {
            prometheus.close();
        }
    }

    @Test
    void everyServiceAndTheGatewayAreScrapedWhole() {
        Eventually.within(UNTIL_SCRAPED, () -> {
            List<JsonNode> targets = prometheus.activeTargets();
            assertThat(targets).as("scraped targets").hasSize(Service.values().length);
            assertThat(targets).allSatisfy(target -> assertThat(target.path("health").asString(""))
                    .as("%s: %s", target.path("labels").path("job").asString(""),
                            target.path("lastError").asString(""))
                    .isEqualTo("up"));
        });
    }

    @Test
    void everyDashboardAndAlertQueryReturnsData() {
        List<Query> queries = checkedQueries();
        assertThat(queries).as("queries checked").hasSizeGreaterThan(30);
        assertThat(prometheus.query("ticketing_no_such_metric_total").hasData())
                .as("a query of a metric nobody exports").isFalse();
        System.out.printf("LivePrometheusIT: %d dashboard and alert queries checked%n", queries.size());
        Eventually.within(UNTIL_EVERY_QUERY_HAS_DATA, () -> {
            List<String> withoutData = new ArrayList<>();
            for (Query query : queries) {
                QueryResult result = prometheus.query(query.expression());
                if (!result.hasData()) {
                    withoutData.add(query + (result.error() == null ? "" : "  → " + result.error()));
                }
            }
            assertThat(withoutData).withFailMessage("%d of %d dashboard and alert queries returned no data:%n%s",
                    withoutData.size(), queries.size(), String.join("\n", withoutData)).isEmpty();
        });
    }

    /** The reliability dashboard's way from a slow request to its trace. */
    @Test
    void aRequestsTraceIdBecomesAnExemplarOfItsLatencyBucket() {
        List<String> traceIds = new ArrayList<>();
        Eventually.within(UNTIL_SCRAPED, () -> {
            // another request of the same series may hold the bucket's exemplar for a few seconds: ask again
            Reply read = gateway.get("/api/v1/events/" + event.id(), null);
            assertThat(read.status()).as("%s", read).isEqualTo(200);
            read.header(TRACE_ID_HEADER).ifPresent(traceIds::add);
            List<String> exemplified = prometheus.exemplars(
                            "http_server_requests_seconds_bucket{application=\"event-service\"}", Duration.ofMinutes(10))
                    .stream().flatMap(series -> series.path("exemplars").values().stream())
                    .map(exemplar -> exemplar.path("labels").path("trace_id").asString(""))
                    .toList();
            assertThat(exemplified).as("trace ids of event-service's latency exemplars").containsAnyElementsOf(traceIds);
        });
    }

    /** Exemptions stay explained and current: a reason each, and each still matching a query. */
    @Test
    void everyExemptionHasAReasonAndStillApplies() {
        List<Query> all = new ArrayList<>(MonitoringQueries.ofDashboards(GRAFANA_VARIABLES));
        all.addAll(MonitoringQueries.ofAlerts());
        ONLY_ON_A_CLUSTER.forEach((metric, reason) -> {
            assertThat(reason).as(metric).isNotBlank();
            assertThat(all).as("queries reading %s", metric).anyMatch(query -> query.metrics().contains(metric));
        });
        ONLY_AFTER_A_FAILURE.forEach((matcher, widened) -> {
            assertThat(widened.reason()).as(matcher).isNotBlank();
            assertThat(all).as("queries with %s", matcher).anyMatch(query -> query.expression().contains(matcher));
        });
    }

    /** The dashboards' and alerts' queries, without those of ONLY_ON_A_CLUSTER, ONLY_AFTER_A_FAILURE widened. */
    private static List<Query> checkedQueries() {
        List<Query> checked = new ArrayList<>();
        Stream.concat(MonitoringQueries.ofDashboards(GRAFANA_VARIABLES).stream(), MonitoringQueries.ofAlerts().stream())
                .filter(query -> Collections.disjoint(query.metrics(), ONLY_ON_A_CLUSTER.keySet()))
                .forEach(query -> {
                    String expression = query.expression();
                    for (Map.Entry<String, Widened> widening : ONLY_AFTER_A_FAILURE.entrySet()) {
                        expression = expression.replace(widening.getKey(), widening.getValue().matcher());
                    }
                    checked.add(new Query(query.origin(), expression));
                });
        return checked;
    }

    /**
     * Every service's and the gateway's {@code /actuator/prometheus}, labelled as a PodMonitor of
     * deploy/k8s/components/monitoring would: job {@code <namespace>/<PodMonitor>}, namespace, pod, container,
     * endpoint (the port's name) and the {@code service} label the PodMonitors add.
     */
    private static List<Target> targets(LocalSuite suite) {
        List<Target> targets = new ArrayList<>();
        for (Service service : Service.values()) {
            String module = service.moduleName();
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("namespace", NAMESPACE);
            labels.put("pod", module + "-0");
            labels.put("container", module);
            labels.put("endpoint", service == Service.GATEWAY ? "management" : "http");
            labels.put("service", module);
            targets.add(new Target(NAMESPACE + "/" + module, suite.serviceUrl(service).resolve("/actuator/prometheus"),
                    labels));
        }
        return targets;
    }

    /**
     * A sale's life through the gateway: publish, book, admit at the door, book again, edit, cancel. Each step is a
     * series some panel or alert reads (revenue per currency and cancellations per cause exist only after the first).
     */
    private static void driveAShortWorkload(LocalSuite suite) {
        String admin = gateway.logIn(suite.adminEmail(), suite.adminPassword());
        event = publishStartingSoon(admin, 5);
        awaitAvailability(gateway, event, 5, 5);
        Attendee buyer = registerAndLogIn(gateway, "prometheus");

        String admittedBooking = book(buyer, 1);
        JsonNode ticket = awaitTickets(gateway, buyer.token(), admittedBooking, 1).getFirst();
        Reply admitted = gateway.post("/api/v1/check-ins", admin, Map.of("qrPayload", ticket.path("qrPayload").asString(),
                "gate", "North", "scanId", UUID.randomUUID().toString(), "eventId", event.id()));
        assertThat(admitted.status()).as("%s", admitted).isEqualTo(200);
        assertThat(admitted.json().path("result").asString()).as("%s", admitted).isEqualTo("ADMITTED");

        String changedBooking = book(buyer, 1);
        Reply edited = gateway.patch("/api/v1/bookings/" + changedBooking, buyer.token(), Map.of("quantity", 2),
                Map.of(GatewayClient.IDEMPOTENCY_KEY, UUID.randomUUID().toString()));
        assertThat(edited.status()).as("%s", edited).isEqualTo(200);
        Reply cancelled = gateway.post("/api/v1/bookings/" + changedBooking + "/cancel", buyer.token(),
                Map.of("reason", "Live Prometheus check"));
        assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(200);
    }

    private static String book(Attendee buyer, int quantity) {
        Reply booked = gateway.book(buyer.token(), event.booking(quantity), UUID.randomUUID().toString());
        assertThat(booked.status()).as("%s", booked).isEqualTo(201);
        return booked.json().path("id").asString();
    }

    /** Within the check-in window (24 h before the session by default), so that its tickets can be scanned. */
    private static PublishedEvent publishStartingSoon(String organizer, int capacity) {
        OffsetDateTime startsAt = OffsetDateTime.now(ZoneOffset.UTC).plusHours(3).truncatedTo(ChronoUnit.HOURS);
        Map<String, Object> body = new LinkedHashMap<>(TicketingFlows.eventWithOneSession(
                "Scraped " + UUID.randomUUID().toString().substring(0, 8), capacity));
        body.put("sessions", List.of(Map.of("name", "Day 1",
                "startsAt", startsAt.toString(), "endsAt", startsAt.plusHours(8).toString())));
        Reply created = gateway.post("/api/v1/events", organizer, body);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonNode draft = created.json();
        Reply published = gateway.post("/api/v1/events/" + draft.path("id").asString() + "/publish", organizer, null);
        assertThat(published.status()).as("%s", published).isEqualTo(200);
        return new PublishedEvent(draft.path("id").asString(), draft.path("sessions").path(0).path("id").asString(),
                draft.path("ticketTypes").path(0).path("id").asString());
    }
}
