package com.evently.ticketing.load.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * Collects the scenarios of one ./run-load call (each runs in its own Gatling JVM) under
 * {@code load/target/load-results/<run id>/} and puts them together into one Markdown report.
 */
public final class RunReport {

    private static final String SUMMARY = ".summary.md";
    private static final String DETAILS = ".details.md";

    private final Path directory;

    public RunReport(Path resultsDirectory, String runId) {
        this.directory = resultsDirectory.resolve(runId);
    }

    public void add(int order, ScenarioReport scenario) {
        String name = "%03d".formatted(order);
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(name + SUMMARY), scenario.summaryRow() + "\n");
            Files.writeString(directory.resolve(name + DETAILS), scenario.details());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the scenario's results in " + directory, e);
        }
    }

    /** The whole run as Markdown: the summary table first, then one section per scenario. */
    public String markdown(String machine, ZonedDateTime at) {
        StringBuilder text = new StringBuilder();
        text.append("# Load test: latest figures\n\n");
        text.append("Measured ").append(at.withZoneSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern(
                "yyyy-MM-dd HH:mm 'UTC'"))).append(" on ").append(machine).append(", suite started by `./run-local`, ")
                .append("load from Gatling through the gateway (`./run-load`).\n\n");
        text.append(ScenarioReport.SUMMARY_HEADER).append('\n');
        read(SUMMARY).forEach(text::append);
        text.append("""

                clients / rate: the closed model's virtual users, each booking one seat after another as soon as \
                the last was answered, or the open model's `--rate`: bookings attempted per second by new \
                arrivals, each booking once, whatever the answers take. \
                bookings/s: seats booked (201) ÷ the time from the first request to the last booking. \
                PostgreSQL alone: the critical section (lock the line, decrement, insert booking and outbox row) \
                with the same clients on the same server, measured right after the scenario (not for a rate, \
                which has no number of clients). CPU ms per seat: \
                utime + stime of every service JVM, the launcher (Kafka) and PostgreSQL (server and backends), \
                before the load and after the pipeline drained, ÷ seats booked. Pipeline latencies: from \
                booking.created_at to the first ticketing.ticket.issued_at and to \
                notification.outbound_mail.sent_at of the booking's confirmation. Mails/s: those confirmation \
                mails by when the SMTP sink accepted them (sent_at), during the run (start to last booking) and \
                after it; mail drain: from the last booking to the last mail. Delivery kept up when the drain was \
                no longer than the commit → mail p99.

                """);
        read(DETAILS).forEach(text::append);
        return text.toString();
    }

    private List<String> read(String suffix) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .map(RunReport::readString)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the run's results in " + directory, e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
