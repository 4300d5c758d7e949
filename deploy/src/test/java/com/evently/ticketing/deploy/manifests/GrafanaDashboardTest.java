package com.evently.ticketing.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class GrafanaDashboardTest {

    private static final String DATASOURCE_VARIABLE = "${datasource}";

    private final Map<Path, JsonNode> dashboards = readDashboards();

    @Test
    void bothDashboardsAreThere() {
        assertThat(dashboards.values()).extracting(dashboard -> dashboard.path("title").asString(""))
                .containsExactlyInAnyOrder("Ticketing — business", "Ticketing — reliability");
        assertThat(dashboards.values()).extracting(dashboard -> dashboard.path("uid").asString(""))
                .doesNotHaveDuplicates().allSatisfy(uid -> assertThat(uid).isNotBlank());
    }

    @Test
    void panelIdsAreUniqueWithinEachDashboard() {
        dashboards.forEach((file, dashboard) -> {
            List<Integer> ids = MonitoringQueries.panels(dashboard).stream()
                    .map(panel -> panel.path("id").asInt(-1)).toList();
            assertThat(ids).as(file.toString()).doesNotContain(-1).doesNotHaveDuplicates();
        });
    }

    @Test
    void everyQueryGoesToThePrometheusChosenInTheDatasourceVariable() {
        dashboards.forEach((file, dashboard) -> {
            JsonNode datasource = variable(dashboard, "datasource");
            assertThat(datasource.path("type").asString("")).as(file + " datasource variable").isEqualTo("datasource");
            assertThat(datasource.path("query").asString("")).as(file + " datasource variable").isEqualTo("prometheus");
            for (JsonNode panel : MonitoringQueries.panels(dashboard)) {
                if (panel.path("type").asString("").equals("row")) {
                    continue;
                }
                assertThat(panel.path("datasource").path("uid").asString("")).as(file + " panel " + title(panel))
                        .isEqualTo(DATASOURCE_VARIABLE);
                assertThat(panel.path("targets").values()).as(file + " panel " + title(panel)).isNotEmpty()
                        .allSatisfy(target -> assertThat(target.path("datasource").path("uid").asString(""))
                                .isEqualTo(DATASOURCE_VARIABLE));
            }
        });
    }

    @Test
    void everyMetricTheDashboardsQueryIsOneTheSuiteExports() {
        ExportedMetrics exported = ExportedMetrics.of(RepositoryFiles.root());
        List<String> unknown = new ArrayList<>();
        dashboards.forEach((file, dashboard) -> {
            for (JsonNode panel : MonitoringQueries.panels(dashboard)) {
                for (JsonNode target : panel.path("targets").values()) {
                    PromQl.metricNames(target.path("expr").asString("")).stream().filter(name -> !exported.exports(name))
                            .forEach(name -> unknown.add(file.getFileName() + " / " + title(panel) + ": " + name));
                }
            }
            for (JsonNode variable : dashboard.path("templating").path("list").values()) {
                if (variable.path("type").asString("").equals("query")) {
                    PromQl.metricNamesOfVariableQuery(variable.path("query").path("query").asString("")).stream()
                            .filter(name -> !exported.exports(name))
                            .forEach(name -> unknown.add(file.getFileName() + " / $" + variable.path("name").asString("")
                                    + ": " + name));
                }
            }
        });
        assertThat(unknown).as("metrics no service registers").isEmpty();
    }

    @Test
    void theBusinessDashboardShowsSalesTicketsAndMails() {
        assertThat(metricsQueriedBy("Ticketing — business")).contains(
                "ticketing_bookings_confirmed_total", "ticketing_seats_sold_total", "ticketing_bookings_sold_out_total",
                "ticketing_tickets_issued_total", "notification_mails_sent_total", "notification_mails_failed_total",
                "notification_mails_pending", "ticketing_analytics_check_ins_total",
                "ticketing_analytics_bookings_cancelled_total", "ticketing_analytics_seats_cancelled_total",
                "ticketing_analytics_bookings_changed_total", "ticketing_analytics_revenue_total");
    }

    @Test
    void theReliabilityDashboardShowsOutboxConsumersDeadLettersHttpJvmPoolsAndBreakers() {
        assertThat(metricsQueriedBy("Ticketing — reliability")).contains(
                "ticketing_outbox_pending", "ticketing_outbox_lag_seconds", "kafka_consumer_fetch_manager_records_lag",
                "http_server_requests_seconds_count", "http_server_requests_seconds_bucket", "jvm_memory_used_bytes",
                "hikaricp_connections_active", "hikaricp_connections_pending", "resilience4j_circuitbreaker_state",
                "ticketing_dead_letters_pending", "ticketing_consumer_dead_lettered_total",
                "ticketing_consumer_failures_total", "ticketing_outbox_parked");
    }

    /** From a slow request to its trace: exemplars on the latency panel and a link into Tempo's Explore view. */
    @Test
    void theLatencyPanelLeadsToTraces() {
        JsonNode dashboard = dashboards.values().stream()
                .filter(candidate -> candidate.path("title").asString("").equals("Ticketing — reliability"))
                .findFirst().orElseThrow();
        JsonNode tempo = variable(dashboard, "tempo");
        assertThat(tempo.path("type").asString("")).isEqualTo("datasource");
        assertThat(tempo.path("query").asString("")).isEqualTo("tempo");
        List<JsonNode> latencyPanels = MonitoringQueries.panels(dashboard).stream()
                .filter(panel -> panel.path("targets").values().stream().anyMatch(target -> target.path("expr")
                        .asString("").contains("histogram_quantile(") && target.path("expr").asString("")
                        .contains("http_server_requests_seconds_bucket")))
                .toList();
        assertThat(latencyPanels).isNotEmpty().allSatisfy(panel -> {
            assertThat(panel.path("targets").values()).as(title(panel) + " exemplars")
                    .allSatisfy(target -> assertThat(target.path("exemplar").asBoolean(false)).isTrue());
            assertThat(panel.path("links").values()).as(title(panel) + " links").anySatisfy(link -> assertThat(
                    link.path("url").asString("")).startsWith("/explore?").contains("${tempo}", "traceql"));
        });
    }

    /** The Grafana sidecar's copies (deploy/k8s/components/monitoring) are these files, as the script renders them. */
    @Test
    void theSidecarConfigMapsHoldEveryDashboardUnchanged() {
        List<JsonNode> configMaps = RepositoryFiles.yamlDocuments(
                RepositoryFiles.deploy("k8s/components/monitoring/grafana-dashboards.yaml"));
        assertThat(configMaps).hasSameSizeAs(dashboards.keySet());
        dashboards.forEach((file, dashboard) -> {
            String key = file.getFileName().toString();
            JsonNode configMap = configMaps.stream().filter(candidate -> candidate.path("data").has(key)).findFirst()
                    .orElseThrow(() -> new AssertionError("no ConfigMap holds " + key + ": run deploy/bin/render-monitoring"));
            assertThat(configMap.path("metadata").path("labels").path("grafana_dashboard").asString("")).isEqualTo("1");
            assertThat(RepositoryFiles.jsonText(configMap.path("data").path(key).asString("")))
                    .as(key + " in its ConfigMap vs the file: run deploy/bin/render-monitoring").isEqualTo(dashboard);
        });
    }

    /** Guards the scanner itself: were it to find nothing, every dashboard metric would look unknown or pass by allow-list. */
    @Test
    void theScannerNamesTheSuitesOwnMetersAsPrometheusDoes() {
        assertThat(ExportedMetrics.of(RepositoryFiles.root()).fromCode()).contains(
                "ticketing_bookings_confirmed_total", "ticketing_bookings_sold_out_total", "ticketing_outbox_lag_seconds",
                "ticketing_outbox_pending", "notification_mails_pending", "notification_mails_failed_total",
                "ticketing_outbox_parked", "ticketing_dead_letters_pending", "ticketing_consumer_dead_lettered_total",
                "ticketing_consumer_failures_total");
    }

    @Test
    void promQlMetricNamesLeaveOutFunctionsLabelsAndVariables() {
        assertThat(PromQl.metricNames("histogram_quantile(0.95, sum by (application, le) "
                + "(rate(http_server_requests_seconds_bucket{application=~\"$application\", uri!~\"/actuator.*\"}"
                + "[$__rate_interval]))) > 1e3 and on (application) up"))
                .containsExactlyInAnyOrder("http_server_requests_seconds_bucket", "up");
    }

    private Set<String> metricsQueriedBy(String title) {
        JsonNode dashboard = dashboards.values().stream()
                .filter(candidate -> candidate.path("title").asString("").equals(title)).findFirst().orElseThrow();
        Set<String> metrics = new TreeSet<>();
        for (JsonNode panel : MonitoringQueries.panels(dashboard)) {
            panel.path("targets").values().forEach(target -> metrics.addAll(PromQl.metricNames(target.path("expr").asString(""))));
        }
        return metrics;
    }

    private static Map<Path, JsonNode> readDashboards() {
        List<Path> files = RepositoryFiles.filesEndingWith(RepositoryFiles.deploy("grafana/dashboards"), ".json");
        assertThat(files).as("deploy/grafana/dashboards/*.json").isNotEmpty();
        Map<Path, JsonNode> read = new HashMap<>();
        files.forEach(file -> read.put(file, RepositoryFiles.json(file)));
        return read;
    }

    private static JsonNode variable(JsonNode dashboard, String name) {
        return dashboard.path("templating").path("list").values().stream()
                .filter(variable -> variable.path("name").asString("").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no variable " + name));
    }

    private static String title(JsonNode panel) {
        return "\"" + panel.path("title").asString("") + "\"";
    }
}
