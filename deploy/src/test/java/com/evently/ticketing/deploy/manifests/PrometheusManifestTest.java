package com.evently.ticketing.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class PrometheusManifestTest {

    private final JsonNode scrapeConfig = RepositoryFiles.yaml(RepositoryFiles.deploy("prometheus/prometheus.yml"));
    private final List<JsonNode> alerts = RepositoryFiles.yaml(RepositoryFiles.deploy("prometheus/alerts.yml"))
            .path("groups").values().stream().flatMap(group -> group.path("rules").values().stream()).toList();

    @Test
    void scrapesTheAnnotatedPodsOfTheTicketingNamespace() {
        JsonNode job = scrapeConfig.path("scrape_configs").values().stream()
                .filter(candidate -> candidate.path("job_name").asString("").equals("ticketing")).findFirst().orElseThrow();
        JsonNode discovery = job.path("kubernetes_sd_configs").get(0);
        assertThat(discovery.path("role").asString("")).isEqualTo("pod");
        assertThat(discovery.path("namespaces").path("names").values()).extracting(JsonNode::asString)
                .containsExactly("ticketing");
        assertThat(job.path("relabel_configs").values()).anySatisfy(rule -> {
            assertThat(rule.path("action").asString("")).isEqualTo("keep");
            assertThat(rule.path("source_labels").get(0).asString(""))
                    .isEqualTo("__meta_kubernetes_pod_annotation_prometheus_io_scrape");
        });
        assertThat(job.path("relabel_configs").values()).extracting(rule -> rule.path("target_label").asString(""))
                .contains("__metrics_path__", "__address__", "pod");
        assertThat(scrapeConfig.path("rule_files").values()).extracting(JsonNode::asString).containsExactly("alerts.yml");
    }

    @Test
    void alertsQueryOnlyMetricsTheSuiteExports() {
        ExportedMetrics exported = ExportedMetrics.of(RepositoryFiles.root());
        List<String> unknown = new ArrayList<>();
        for (JsonNode rule : alerts) {
            PromQl.metricNames(rule.path("expr").asString("")).stream().filter(name -> !exported.scrapeable(name))
                    .forEach(name -> unknown.add(rule.path("alert").asString("") + ": " + name));
        }
        assertThat(unknown).as("metrics no service registers").isEmpty();
    }

    @Test
    void alertsOnOutboxLagServerErrorsAndMailFailuresButNeverOnSoldOut() {
        assertThat(alerts).extracting(rule -> rule.path("alert").asString("")).doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).isNotBlank());
        assertThat(alerts).anySatisfy(rule -> {
            assertThat(rule.path("expr").asString("")).contains("ticketing_outbox_lag_seconds").endsWith("> 60");
            assertThat(rule.path("for").asString("")).isEqualTo("5m");
        });
        assertThat(alerts).anySatisfy(rule -> assertThat(rule.path("expr").asString("")).contains("status=~\"5..\""));
        assertThat(alerts).anySatisfy(rule -> assertThat(rule.path("expr").asString(""))
                .contains("notification_mails_failed_total"));
        assertThat(alerts).noneSatisfy(rule -> assertThat(rule.path("expr").asString("")).contains("sold_out"));
    }

    @Test
    void alertsOnDeadLettersParkedOutboxRowsAndConsumersStuckOrFallingBehind() {
        assertThat(alerts).anySatisfy(rule -> {
            assertThat(rule.path("expr").asString("")).contains("ticketing_dead_letters_pending")
                    .contains("ticketing_consumer_dead_lettered_total");
            assertThat(rule.path("for").isMissingNode()).as("one dead letter is enough: no waiting").isTrue();
            assertThat(rule.path("annotations").path("description").asString(""))
                    .contains("/api/v1/admin/dead-letters/");
        });
        assertThat(alerts).anySatisfy(rule -> assertThat(rule.path("expr").asString(""))
                .contains("ticketing_outbox_parked").endsWith("> 0"));
        assertThat(alerts).anySatisfy(rule -> assertThat(rule.path("expr").asString(""))
                .contains("ticketing_consumer_failures_total{failure=\"infrastructure\"}"));
        assertThat(alerts).anySatisfy(rule -> assertThat(rule.path("expr").asString(""))
                .contains("kafka_consumer_fetch_manager_records_lag").contains("deriv("));
    }
}
