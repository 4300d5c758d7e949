package com.evently.ticketing.load.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.evently.ticketing.load.measure.CriticalSectionBaseline;
import com.evently.ticketing.load.measure.MailThroughput;
import com.evently.ticketing.load.measure.Percentiles;

/**
 * The measured figures of one scenario and how they read in the table: one summary row, and a section with the
 * errors by status, the latencies per request, the CPU per service and the pipeline's latencies.
 *
 * @param arrivals         the clients of a closed model or the arrival rate of an open one
 * @param cpuMillisPerUnit CPU milliseconds each part of the suite spent per booked seat (per request when the
 *                         scenario books nothing)
 * @param mails            how fast the confirmation mails of the run's bookings reached the SMTP sink, when it booked
 * @param cacheNote        what the scenario learnt about caching, if it looked
 */
public record ScenarioReport(String scenario, Arrivals arrivals, double seconds, long booked, long requests,
                             Map<Integer, Long> countByStatus, Map<String, Percentiles> latencies,
                             Map<String, Double> cpuMillisPerUnit, String cpuUnit,
                             Percentiles toTicket, Percentiles toMail, int confirmedInDatabase,
                             Optional<MailThroughput> mails, Optional<CriticalSectionBaseline.Result> baseline,
                             Optional<String> cacheNote) {

    public static final String SUMMARY_HEADER = """
            | scenario | clients / rate | bookings/s | PostgreSQL alone (tps) | ratio | booking p50 / p95 / p99 (ms) \
            | errors (not 2xx/304/409) | CPU ms per seat | commit → ticket p99 (ms) | commit → mail p99 (ms) \
            | mails/s during / after run | mail drain (s) |
            |---|---:|---:|---:|---:|---|---|---:|---:|---:|---:|---:|""";

    public double bookingsPerSecond() {
        return seconds <= 0 ? 0 : booked / seconds;
    }

    public Optional<Double> ratio() {
        return baseline.filter(result -> result.transactionsPerSecond() > 0 && booked > 0)
                .map(result -> bookingsPerSecond() / result.transactionsPerSecond());
    }

    /** Answers that are neither success, not-modified nor the expected sold-out. */
    public long errors() {
        return countByStatus.entrySet().stream()
                .filter(entry -> !isExpected(entry.getKey()))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    public String summaryRow() {
        return "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |".formatted(
                scenario, arrivals.label(),
                booked > 0 ? number(bookingsPerSecond()) : "—",
                baseline.map(result -> number(result.transactionsPerSecond())).orElse("—"),
                ratio().map(ratio -> percent(ratio)).orElse("—"),
                bookingLatencies(),
                errors() == 0 ? "0" : errors() + " (" + errorStatuses() + ")",
                "booked seat".equals(cpuUnit) ? number(totalCpuMillis()) : "—",
                toTicket.isEmpty() ? "—" : Long.toString(toTicket.at(99)),
                toMail.isEmpty() ? "—" : Long.toString(toMail.at(99)),
                mails.filter(sent -> sent.total() > 0).map(sent -> number(sent.perSecondDuringRun()) + " / "
                        + (sent.afterRun() > 0 ? number(sent.perSecondAfterRun()) : "—")).orElse("—"),
                mails.filter(sent -> sent.total() > 0).map(sent -> number(sent.drain().toMillis() / 1000.0))
                        .orElse("—"));
    }

    public String details() {
        StringBuilder text = new StringBuilder();
        text.append("### ").append(scenario).append(", ").append(switch (arrivals) {
            case Arrivals.Closed closed -> closed.clients() + " clients";
            case Arrivals.Open open -> open.label();
        }).append("\n\n");
        if (arrivals instanceof Arrivals.Open) {
            text.append("Open model: bookings arrived at that rate whatever the answers took, each arrival booking "
                    + "once; no PostgreSQL baseline, which needs a number of clients. ");
        }
        text.append("%d requests in %.1f s; %d seats booked (%d confirmed bookings in the database). "
                .formatted(requests, seconds, booked, confirmedInDatabase));
        baseline.ifPresent(result -> text.append("Baseline: %s, same clients, %s tps. ".formatted(
                result.method(), number(result.transactionsPerSecond()))));
        cacheNote.ifPresent(note -> text.append(note).append(' '));
        text.append("\n\nAnswers by status: ").append(countByStatus.entrySet().stream()
                .map(entry -> statusName(entry.getKey()) + " × " + entry.getValue())
                .collect(Collectors.joining(", "))).append("\n\n");
        text.append("| request and status | count | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |\n|---|---:|---:|---:|---:|---:|\n");
        latencies.forEach((request, percentiles) -> text.append("| %s | %d | %d | %d | %d | %d |\n".formatted(
                request, percentiles.count(), percentiles.at(50), percentiles.at(95), percentiles.at(99),
                percentiles.max())));
        text.append("\n| CPU ms per ").append(cpuUnit).append(" | ")
                .append(String.join(" | ", cpuMillisPerUnit.keySet())).append(" | total |\n|---|")
                .append("---:|".repeat(cpuMillisPerUnit.size() + 1)).append("\n| | ")
                .append(cpuMillisPerUnit.values().stream().map(ScenarioReport::number).collect(Collectors.joining(" | ")))
                .append(" | ").append(number(totalCpuMillis())).append(" |\n");
        if (!toTicket.isEmpty() || !toMail.isEmpty()) {
            text.append("\n| pipeline | arrived | p50 (ms) | p95 (ms) | p99 (ms) |\n|---|---:|---:|---:|---:|\n");
            text.append(pipelineRow("commit → ticket issued", toTicket));
            text.append(pipelineRow("commit → confirmation mail sent", toMail));
        }
        mails.ifPresent(sent -> text.append(mailParagraph(sent)));
        return text.append('\n').toString();
    }

    /**
     * Whether mail delivery kept up with the bookings arriving, as issue 10 asks: it did when the last mail left no
     * later after the last booking than one mail takes anyway (the p99 from commit to mail), i.e. no backlog grew.
     */
    private String mailParagraph(MailThroughput sent) {
        boolean keptUp = !toMail.isEmpty() && sent.drain().toMillis() <= toMail.at(99);
        return ("\nConfirmation mails accepted by the SMTP sink: %d during the run (%s/s, against %s confirmed "
                + "bookings/s), %d after the last booking (%s/s), the last %s s after it; %s/s overall. Delivery %s.\n")
                .formatted(sent.duringRun(), number(sent.perSecondDuringRun()),
                        number(seconds <= 0 ? 0 : confirmedInDatabase / seconds), sent.afterRun(),
                        sent.afterRun() > 0 ? number(sent.perSecondAfterRun()) : "—",
                        number(sent.drain().toMillis() / 1000.0), number(sent.perSecondOverall()),
                        keptUp ? "kept up (the drain was no longer than the commit → mail p99)"
                                : "fell behind (the drain outlasted the commit → mail p99, a backlog grew)");
    }

    private String pipelineRow(String name, Percentiles latencies) {
        if (latencies.isEmpty()) {
            return "| %s | 0 of %d | — | — | — |\n".formatted(name, confirmedInDatabase);
        }
        return "| %s | %d of %d | %d | %d | %d |\n".formatted(name, latencies.count(), confirmedInDatabase,
                latencies.at(50), latencies.at(95), latencies.at(99));
    }

    private double totalCpuMillis() {
        return cpuMillisPerUnit.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private String bookingLatencies() {
        List<Percentiles> booking = latencies.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith("book "))
                .map(Map.Entry::getValue)
                .toList();
        if (booking.isEmpty()) {
            return "—";
        }
        Percentiles all = Percentiles.of(booking.stream().flatMap(percentiles -> percentiles.values().stream()).toList());
        return "%d / %d / %d".formatted(all.at(50), all.at(95), all.at(99));
    }

    private String errorStatuses() {
        return countByStatus.entrySet().stream()
                .filter(entry -> !isExpected(entry.getKey()))
                .map(entry -> statusName(entry.getKey()) + " × " + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    private static boolean isExpected(int status) {
        return (status >= 200 && status < 300) || status == 304 || status == 409;
    }

    private static String statusName(int status) {
        return status == 0 ? "no answer" : Integer.toString(status);
    }

    static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.0f %%", ratio * 100);
    }
}
