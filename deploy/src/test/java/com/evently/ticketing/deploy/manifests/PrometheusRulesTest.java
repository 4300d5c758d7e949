package com.evently.ticketing.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The alerts as Prometheus runs them: promtool checks the rules (PromQL and annotation templates) and runs their
 * unit tests (alerts.test.yml). Every alert has unit tests, a runbook section, and its copy in the PrometheusRule
 * the operator loads. promtool comes with Debian's {@code prometheus} package (.ci/run installs it); without it the
 * promtool tests are skipped, saying so.
 */
class PrometheusRulesTest {

    private static final Path ALERTS = RepositoryFiles.deploy("prometheus/alerts.yml");
    private static final Path ALERT_TESTS = RepositoryFiles.deploy("prometheus/alerts.test.yml");
    private static final Path RUNBOOK = RepositoryFiles.root().resolve("docs/runbook.md");
    private static final Path PROMETHEUS_RULE = RepositoryFiles.deploy("k8s/components/monitoring/prometheus-rule.yaml");
    private static final Pattern HEADING = Pattern.compile("(?m)^##+\\s+(\\S+)\\s*$");

    private final JsonNode rules = RepositoryFiles.yaml(ALERTS);
    private final List<JsonNode> alerts = rules.path("groups").values().stream()
            .flatMap(group -> group.path("rules").values().stream()).toList();

    @Test
    void promtoolAcceptsTheRules() {
        assertThat(promtool("check", "rules", ALERTS.toString())).contains("SUCCESS");
    }

    /** promtool compares annotations verbatim; their templates are checked above, the firing conditions here. */
    @Test
    void promtoolUnitTestsOfTheAlertsPass(@TempDir Path directory) throws IOException {
        ObjectNode withoutAnnotations = (ObjectNode) rules.deepCopy();
        withoutAnnotations.path("groups").values().forEach(group -> group.path("rules").values()
                .forEach(rule -> ((ObjectNode) rule).remove("annotations")));
        Files.writeString(directory.resolve("alerts.yml"), YAMLMapper.builder().build().writeValueAsString(withoutAnnotations));
        Files.copy(ALERT_TESTS, directory.resolve("alerts.test.yml"));
        assertThat(promtool("test", "rules", directory.resolve("alerts.test.yml").toString())).contains("SUCCESS");
    }

    @Test
    void everyAlertIsUnitTestedFiringAtLeastOnce() {
        JsonNode tests = RepositoryFiles.yaml(ALERT_TESTS);
        Set<String> firing = new TreeSet<>();
        tests.path("tests").values().forEach(test -> test.path("alert_rule_test").values().forEach(check -> {
            if (!check.path("exp_alerts").isEmpty()) {
                firing.add(check.path("alertname").asString(""));
            }
        }));
        assertThat(firing).containsAll(alertNames());
    }

    @Test
    void everyAlertLinksItsSectionOfTheRunbook() throws IOException {
        Set<String> sections = new TreeSet<>();
        Matcher heading = HEADING.matcher(Files.readString(RUNBOOK));
        while (heading.find()) {
            sections.add(heading.group(1));
        }
        for (JsonNode alert : alerts) {
            String name = alert.path("alert").asString("");
            assertThat(sections).as("sections of docs/runbook.md").contains(name);
            assertThat(alert.path("annotations").path("runbook_url").asString("")).as(name)
                    .endsWith("docs/runbook.md#" + name.toLowerCase(Locale.ROOT));
            assertThat(alert.path("labels").path("severity").asString("")).as(name).isIn("warning", "critical");
        }
    }

    @Test
    void thePrometheusRuleIsTheAlertsFileAsRenderedByTheScript() {
        JsonNode rule = RepositoryFiles.yaml(PROMETHEUS_RULE);
        assertThat(rule.path("kind").asString("")).isEqualTo("PrometheusRule");
        assertThat(rule.path("spec").path("groups")).as("spec.groups of " + PROMETHEUS_RULE.getFileName()
                + " vs alerts.yml: run deploy/bin/render-monitoring").isEqualTo(rules.path("groups"));
    }

    private List<String> alertNames() {
        return alerts.stream().map(alert -> alert.path("alert").asString("")).toList();
    }

    private static String promtool(String... arguments) {
        List<String> command = new ArrayList<>(List.of("promtool"));
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("promtool is not installed (Debian: apt-get install prometheus): " + e.getMessage());
            throw new UncheckedIOException(e);
        }
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("promtool finished").isTrue();
            assertThat(process.exitValue()).as("promtool " + String.join(" ", arguments) + ":\n" + output).isZero();
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
