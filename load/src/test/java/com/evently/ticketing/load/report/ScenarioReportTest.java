package com.evently.ticketing.load.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.evently.ticketing.load.measure.CriticalSectionBaseline;
import com.evently.ticketing.load.measure.MailThroughput;
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
                .isEqualTo("| one hot event | 32 | 60.0 | 1,000 | 6 % | 50 / 95 / 99 | 3 (no answer × 1, 503 × 2) | 6.0 | 99 | 990 "
                        + "| 50.0 / 25.0 | 4.0 |");
    }

    @Test
    void anArrivalRateStandsWhereTheClientsWouldAndSaysItHasNoBaseline() {
        ScenarioReport report = report(new Arrivals.Open(20), Map.of(201, 600L), Optional.empty(), BEHIND);

        assertThat(report.summaryRow()).startsWith("| one hot event | rate 20/s | 60.0 | — | — | 50 / 95 / 99 | 0 |");
        assertThat(report.details()).startsWith("### one hot event, rate 20/s\n\nOpen model: bookings arrived at that "
                + "rate whatever the answers took, each arrival booking once; no PostgreSQL baseline");
    }

    @Test
    void aClosedModelsSectionIsNamedByItsClients() {
        assertThat(report(Map.of(201, 600L), Optional.empty()).details())
                .startsWith("### one hot event, 32 clients\n\n600 requests in 10.0 s;")
                .doesNotContain("Open model");
    }

    @Test
    void withoutBaselineOrBookingsThereIsNoRatio() {
        ScenarioReport report = report(Map.of(200, 10L, 304, 5L), Optional.empty());

        assertThat(report.ratio()).isEmpty();
        assertThat(report.errors()).isZero();
        assertThat(report.summaryRow()).contains("| — | — |");
    }

    @Test
    void detailsSayWhetherMailDeliveryKeptUpWithTheBookings() {
        String behind = report(Map.of(201, 600L), Optional.empty()).details();
        assertThat(behind).contains("Confirmation mails accepted by the SMTP sink: 500 during the run (50.0/s, against "
                + "60.0 confirmed bookings/s), 100 after the last booking (25.0/s), the last 4.0 s after it; 42.9/s "
                + "overall. Delivery fell behind");

        String keptUp = report(Map.of(201, 600L), Optional.empty(),
                MailThroughput.of(List.of(START.plusSeconds(5), END.plusMillis(900)), START, END)).details();
        assertThat(keptUp).contains("1 after the last booking (1.1/s), the last 0.9 s after it")
                .contains("Delivery kept up");
    }

    @Test
    void aScenarioThatBookedNothingHasNoMailFigures() {
        ScenarioReport report = report(Map.of(200, 10L), Optional.empty(), null);

        assertThat(report.summaryRow()).endsWith("| — | — |");
        assertThat(report.details()).doesNotContain("Confirmation mails");
    }

    @Test
    void detailsShowCpuOfEveryPartAndTheirTotal() {
        String details = report(Map.of(201, 600L), Optional.empty()).details();

        assertThat(details).contains("| CPU ms per booked seat | gateway | booking-service | postgresql | total |")
                .contains("| | 2.5 | 3.0 | 0.5 | 6.0 |")
                .contains("| commit → ticket issued | 100 of 600 | 50 | 95 | 99 |");
    }

    private static final Instant START = Instant.parse("2026-12-06T10:00:00Z");
    private static final Instant END = START.plusSeconds(10);

    /** 500 mails in the 10 s of bookings, 100 more in the 4 s after. */
    private static final MailThroughput BEHIND = new MailThroughput(500, 100, Duration.ofSeconds(10),
            Duration.ofSeconds(4));

    private static ScenarioReport report(Map<Integer, Long> statuses, Optional<CriticalSectionBaseline.Result> baseline) {
        return report(statuses, baseline, BEHIND);
    }

    private static ScenarioReport report(Map<Integer, Long> statuses, Optional<CriticalSectionBaseline.Result> baseline,
                                         MailThroughput mails) {
        return report(new Arrivals.Closed(32), statuses, baseline, mails);
    }

    private static ScenarioReport report(Arrivals arrivals, Map<Integer, Long> statuses,
                                         Optional<CriticalSectionBaseline.Result> baseline, MailThroughput mails) {
        Map<String, Double> cpu = new LinkedHashMap<>();
        cpu.put("gateway", 2.5);
        cpu.put("booking-service", 3.0);
        cpu.put("postgresql", 0.5);
        List<Long> oneToHundred = java.util.stream.LongStream.rangeClosed(1, 100).boxed().toList();
        Map<String, Percentiles> latencies = new TreeMap<>(Map.of("book 201", Percentiles.of(oneToHundred),
                "search 200", Percentiles.of(1000L)));
        return new ScenarioReport("one hot event", arrivals, 10.0, statuses.getOrDefault(201, 0L),
                statuses.values().stream().mapToLong(Long::longValue).sum(), new TreeMap<>(statuses), latencies,
                cpu, "booked seat", Percentiles.of(oneToHundred),
                Percentiles.of(oneToHundred.stream().map(value -> value * 10).toList()), 600,
                Optional.ofNullable(mails), baseline, Optional.empty());
    }
}
