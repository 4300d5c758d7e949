package com.evently.ticketing.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import com.evently.ticketing.deploy.manifests.MonitoringQueries.Query;
import org.junit.jupiter.api.Test;

/** The rewriting LivePrometheusIT relies on, checked without a Prometheus. */
class MonitoringQueriesTest {

    private static final Map<String, String> VARIABLES = Map.of(
            "__range", "5m", "__rate_interval", "30s", "application", ".*");

    @Test
    void thresholdsAreRemovedWhereverTheyEndAnOperand() {
        assertThat(MonitoringQueries.withoutThresholds("max by (application) (ticketing_outbox_lag_seconds) > 60"))
                .isEqualTo("max by (application) (ticketing_outbox_lag_seconds)");
        assertThat(MonitoringQueries.withoutThresholds(
                "sum(rate(a_total{outcome=\"retry\"}[10m])) > 0\nand sum(rate(b_total[10m])) == 0"))
                .isEqualTo("sum(rate(a_total{outcome=\"retry\"}[10m]))\nand sum(rate(b_total[10m]))");
        assertThat(MonitoringQueries.withoutThresholds("max by (pod) (active / max) >= 1"))
                .isEqualTo("max by (pod) (active / max)");
        assertThat(MonitoringQueries.withoutThresholds("sum(a) / sum(b)\n> 0.05")).isEqualTo("sum(a) / sum(b)");
    }

    @Test
    void arithmeticAndFunctionArgumentsAreNotThresholds() {
        assertThat(MonitoringQueries.withoutThresholds("histogram_quantile(0.95, sum by (le) (rate(x_bucket[1m]))) * 60"))
                .isEqualTo("histogram_quantile(0.95, sum by (le) (rate(x_bucket[1m]))) * 60");
        assertThat(MonitoringQueries.withoutThresholds("x{status=~\"5..\", code!=\"404\"}"))
                .isEqualTo("x{status=~\"5..\", code!=\"404\"}");
    }

    @Test
    void onlyTopLevelOrsSplitAnExpression() {
        assertThat(MonitoringQueries.alternatives("max by (topic) (p) > 0\nor sum by (topic) (increase(d[15m])) > 0"))
                .containsExactly("max by (topic) (p) > 0", "sum by (topic) (increase(d[15m])) > 0");
        assertThat(MonitoringQueries.alternatives("sum((a or b)) and c{label=\"x or y\"}"))
                .containsExactly("sum((a or b)) and c{label=\"x or y\"}");
        assertThat(MonitoringQueries.alternatives("sort_desc(error_total)")).containsExactly("sort_desc(error_total)");
    }

    @Test
    void grafanaVariablesAreReplacedAndAMissingOneIsAnError() {
        assertThat(MonitoringQueries.substituted("sum(rate(x{application=~\"$application\"}[$__rate_interval]))"
                + " + increase(y[${__range}])", VARIABLES))
                .isEqualTo("sum(rate(x{application=~\".*\"}[30s])) + increase(y[5m])");
        assertThatThrownBy(() -> MonitoringQueries.substituted("rate(x[$__interval])", VARIABLES))
                .hasMessageContaining("$__interval");
    }

    @Test
    void aLabelValuesVariableHasDataExactlyWhenItsMetricHasTheLabel() {
        assertThat(MonitoringQueries.ofVariableQuery("label_values(process_uptime_seconds, application)"))
                .isEqualTo("count by (application) (process_uptime_seconds)");
    }

    @Test
    void everyAlertAndEveryPanelBecomesAQueryWithoutThresholdsOrVariables() {
        List<Query> alerts = MonitoringQueries.ofAlerts();
        assertThat(alerts).extracting(Query::origin)
                .contains("alert TicketingOutboxLagging", "alert TicketingDeadLetters (alternative 2 of 2)");
        assertThat(alerts).extracting(Query::expression)
                .noneMatch(expression -> expression.matches("(?s).*(>|<|==)\\s*\\d.*"));
        List<Query> panels = MonitoringQueries.ofDashboards(VARIABLES);
        assertThat(panels).hasSizeGreaterThan(20).extracting(Query::expression).noneMatch(query -> query.contains("$"));
        assertThat(panels).extracting(Query::origin).contains("Ticketing — reliability / $application");
    }
}
