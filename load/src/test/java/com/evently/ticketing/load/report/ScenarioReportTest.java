package com.evently.ticketing.load.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.evently.ticketing.load.measure.CriticalSectionBaseline;
import com.evently.ticketing.load.measure.Percentiles;
import org.junit.jupiter.api.Test;

class ScenarioReportTest {

    @Test
    void summaryComparesBookingsPerSecondWithTheBaselineAndNamesUnexpectedStatuses() {
        ScenarioReport report = report(Map.of(201, 600L, 409, 300L, 503, 2L, 0, 1L),
                Optional.of(new CriticalSectionBaseline.Result("pgbench", 1000)));

        assertThat(report.bookingsPerSecond()).isEqualTo(60.0);
        assertThat(report.ratio()).contains(0.06);
        assertThat(report.errors()).isEqualTo(3);
        assertThat(report.summaryRow())
                .startsWith("| one hot event | 32 | 60.0 | 1,000 | 6 % | 50 / 95 / 99 | 3 (no answer × 1, 503 × 2) | 6.0 | 99 | 990 |");
    }

    @Test
    void withoutBaselineOrBookingsThereIsNoRatio() {
        ScenarioReport report = report(Map.of(200, 10L, 304, 5L), Optional.empty());

        assertThat(report.ratio()).isEmpty();
        assertThat(report.errors()).isZero();
        assertThat(report.summaryRow()).contains("| — | — |");
    }

    @Test
    void detailsShowCpuOfEveryPartAndTheirTotal() {
        String details = report(Map.of(201, 600L), Optional.empty()).details();

        assertThat(details).contains("| CPU ms per booked seat | gateway | booking-service | postgresql | total |")
                .contains("| | 2.5 | 3.0 | 0.5 | 6.0 |")
                .contains("| commit → ticket issued | 100 of 600 | 50 | 95 | 99 |");
    }

    private static ScenarioReport report(Map<Integer, Long> statuses, Optional<CriticalSectionBaseline.Result> baseline) {
        Map<String, Double> cpu = new LinkedHashMap<>();
        cpu.put("gateway", 2.5);
        cpu.put("booking-service", 3.0);
        cpu.put("postgresql", 0.5);
        List<Long> oneToHundred = java.util.stream.LongStream.rangeClosed(1, 100).boxed().toList();
        Map<String, Percentiles> latencies = new TreeMap<>(Map.of("book 201", Percentiles.of(oneToHundred),
                "search 200", Percentiles.of(1000L)));
        return new ScenarioReport("one hot event", 32, 10.0, statuses.getOrDefault(201, 0L),
                statuses.values().stream().mapToLong(Long::longValue).sum(), new TreeMap<>(statuses), latencies,
                cpu, "booked seat", Percentiles.of(oneToHundred),
                Percentiles.of(oneToHundred.stream().map(value -> value * 10).toList()), 600, baseline,
                Optional.empty());
    }
}
