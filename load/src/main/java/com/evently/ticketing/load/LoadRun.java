package com.evently.ticketing.load;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.evently.ticketing.load.measure.CpuClock;
import com.evently.ticketing.load.measure.CriticalSectionBaseline;
import com.evently.ticketing.load.measure.EventCacheCounters;
import com.evently.ticketing.load.measure.MailThroughput;
import com.evently.ticketing.load.measure.Percentiles;
import com.evently.ticketing.load.measure.PipelineLatency;
import com.evently.ticketing.load.measure.SuiteProcesses;
import com.evently.ticketing.load.report.Arrivals;
import com.evently.ticketing.load.report.RunReport;
import com.evently.ticketing.load.report.ScenarioReport;

/**
 * One scenario's measurement around the load: counters before it starts, and after it the pipeline drained, the
 * CPU spent, the baseline of the critical section and the scenario's part of the report.
 */
public final class LoadRun {

    private static final Logger REPORT = LoggerFactory.getLogger(LoadRun.class);

    private static final Duration PIPELINE_QUIET = Duration.ofSeconds(20);
    private static final Duration PIPELINE_AT_MOST = Duration.ofMinutes(3);
    private static final URI EVENT_SERVICE_METRICS = URI.create("http://127.0.0.1:8082/actuator/prometheus");

    private final LoadSettings settings;
    private final String scenario;
    private final Arrivals arrivals;
    private final List<UUID> eventIds;
    private final int baselineLines;
    private final SuiteProcesses processes;
    private final EventCacheCounters cache = new EventCacheCounters(EVENT_SERVICE_METRICS);
    private final Instant startedAt;
    private final long startNanos;
    private final Map<String, Long> cpuBefore;
    private final Optional<EventCacheCounters.Counts> cacheBefore;

    private LoadRun(LoadSettings settings, String scenario, Arrivals arrivals, List<UUID> eventIds,
                    int baselineLines) {
        this.settings = settings;
        this.scenario = scenario;
        this.arrivals = arrivals;
        this.eventIds = List.copyOf(eventIds);
        this.baselineLines = baselineLines;
        this.processes = SuiteProcesses.ofThisMachine(settings.repositoryRoot());
        this.cpuBefore = processes.cpuTicks();
        this.cacheBefore = cache.read();
        this.startedAt = Instant.now();
        this.startNanos = System.nanoTime();
    }

    /**
     * @param arrivals      how the scenario's load arrives: the baseline runs with a closed model's clients only
     * @param eventIds      the events the scenario books: their bookings are the ones whose pipeline is measured
     * @param baselineLines inventory lines the raw-SQL baseline spreads over (the scenario's events); 0 for none
     */
    public static LoadRun begin(LoadSettings settings, String scenario, Arrivals arrivals, List<UUID> eventIds,
                                int baselineLines) {
        return new LoadRun(settings, scenario, arrivals, eventIds, baselineLines);
    }

    /**
     * Ends a warm-up: waits until its tickets and mails are through, so that the measured runs after it pay for
     * none of them, and reports nothing.
     */
    public void settle(RequestLog log) {
        if (log.booked() > 0) {
            drainedPipeline();
        }
        REPORT.info("Warm-up done: {} seats booked in {} requests, pipeline drained; not measured", log.booked(),
                log.answers().size());
    }

    public ScenarioReport finish(RequestLog log) {
        long endNanos = System.nanoTime();
        long booked = log.booked();
        double seconds = ((booked > 0 ? log.lastBookingNanos(startNanos) : endNanos) - startNanos) / 1e9;

        PipelineLatency.Measured measured = booked > 0 ? drainedPipeline() : PipelineLatency.Measured.nothing();
        // the booking window the mails are measured against: from the start to the last booking
        MailThroughput mails = MailThroughput.of(measured.mailSentAt(), startedAt,
                startedAt.plusNanos((long) (seconds * 1e9)));
        // After the drain: the CPU of issuing tickets, rendering and sending mail belongs to the bookings.
        Map<String, Long> cpuAfter = processes.cpuTicks();
        Optional<String> cacheNote = cacheNote(log);

        long requests = log.answers().size();
        String unit = booked > 0 ? "booked seat" : "request";
        long divisor = Math.max(1, booked > 0 ? booked : requests);
        CpuClock clock = CpuClock.ofThisMachine();
        Map<String, Double> cpuPerUnit = new LinkedHashMap<>();
        cpuAfter.forEach((part, ticks) ->
                cpuPerUnit.put(part, clock.millis(ticks - cpuBefore.getOrDefault(part, 0L)) / divisor));

        Optional<CriticalSectionBaseline.Result> baseline = Optional.empty();
        // An arrival rate has no number of clients to run the critical section with: its run only asks for latencies.
        if (baselineLines > 0 && booked > 0 && arrivals instanceof Arrivals.Closed closed) {
            baseline = Optional.of(new CriticalSectionBaseline(settings.postgresHost(), settings.postgresPort(),
                    "postgres", "ticketing").run(baselineLines, closed.clients(), settings.baselineDuration()));
        }

        ScenarioReport report = new ScenarioReport(scenario, arrivals, seconds, booked, requests,
                log.countByStatus(), log.latencyByRequestAndStatus(), cpuPerUnit, unit,
                Percentiles.of(measured.toTicket()), Percentiles.of(measured.toMail()), measured.bookings(),
                booked > 0 ? Optional.of(mails) : Optional.empty(), baseline, cacheNote);
        RunReport run = new RunReport(settings.repositoryRoot().resolve("load/target/load-results"), settings.runId());
        run.add(settings.order(), report);
        if (settings.finalPart()) {
            String markdown = run.markdown(Machine.describe(), ZonedDateTime.now());
            write(settings.repositoryRoot().resolve("docs/perf/latest.md"), markdown);
            REPORT.info("Load run report (also in docs/perf/latest.md):\n{}", markdown);
        }
        return report;
    }

    /** The run's bookings' tickets and mails, once all have come or nothing moved for a while. */
    private PipelineLatency.Measured drainedPipeline() {
        return new PipelineLatency(settings.suiteJdbcUrl(), "postgres")
                .awaitAndMeasure(eventIds, startedAt.minusSeconds(1), PIPELINE_QUIET, PIPELINE_AT_MOST);
    }

    private Optional<String> cacheNote(RequestLog log) {
        Optional<EventCacheCounters.Counts> after = cache.read();
        long notModified = log.countByStatus().getOrDefault(304, 0L);
        if (cacheBefore.isEmpty() || after.isEmpty()) {
            return notModified == 0 ? Optional.empty()
                    : Optional.of("%d answers were 304 Not Modified.".formatted(notModified));
        }
        EventCacheCounters.Counts reads = after.get().minus(cacheBefore.get());
        long gets = reads.hits() + reads.misses();
        return Optional.of("event-service's read cache: %d hits, %d misses (%s hit ratio); %d answers were 304 Not Modified."
                .formatted(reads.hits(), reads.misses(),
                        gets == 0 ? "no" : "%.1f %%".formatted(100.0 * reads.hits() / gets), notModified));
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
