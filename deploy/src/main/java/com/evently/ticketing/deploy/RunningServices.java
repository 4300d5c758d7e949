package com.evently.ticketing.deploy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The services' JVMs, started together so that their slow start-ups overlap, and stopped together.
 */
final class RunningServices implements AutoCloseable {

    /** Spring Boot's graceful shutdown waits up to 30 s for requests; nothing locally runs that long. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(20);
    private static final Logger log = LoggerFactory.getLogger(RunningServices.class);

    private final List<ServiceProcess> processes;
    private volatile boolean stopping;

    private RunningServices(List<ServiceProcess> processes) {
        this.processes = List.copyOf(processes);
    }

    static RunningServices start(List<ServiceProcessSpec> specs) throws IOException {
        List<ServiceProcess> started = new ArrayList<>();
        try {
            for (ServiceProcessSpec spec : specs) {
                ServiceProcess process = ServiceProcess.start(spec);
                log.info("{} starting (pid {}), log {}", spec.service().moduleName(), process.pid(), spec.logFile());
                started.add(process);
            }
        } catch (IOException | RuntimeException e) {
            new RunningServices(started).close();
            throw e;
        }
        RunningServices running = new RunningServices(started);
        running.warnWhenOneDiesOnItsOwn();
        return running;
    }

    /**
     * Polls every service's readiness until all report ready. Fails fast when a service exits, since it
     * will not come back by itself.
     */
    void awaitReady(Duration timeout) {
        Instant started = Instant.now();
        Instant deadline = started.plus(timeout);
        Instant nextProgressReport = started.plus(PROGRESS_INTERVAL);
        Set<ServiceProcess> pending = new LinkedHashSet<>(processes);
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(POLL_INTERVAL).build()) {
            while (true) {
                removeReady(pending, http, started);
                if (pending.isEmpty()) {
                    return;
                }
                Instant now = Instant.now();
                if (now.isAfter(deadline)) {
                    throw new SuiteStartupException("not ready after " + timeout.toSeconds() + " s: "
                            + namesOf(pending) + "; see " + logFilesOf(pending));
                }
                if (now.isAfter(nextProgressReport)) {
                    log.info("still waiting for {} ({} s so far)", namesOf(pending), secondsSince(started));
                    nextProgressReport = now.plus(PROGRESS_INTERVAL);
                }
                pause();
            }
        }
    }

    @Override
    public void close() {
        stopping = true;
        processes.forEach(ServiceProcess::requestStop);
        for (ServiceProcess process : processes) {
            try {
                process.awaitStop(STOP_GRACE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                log.warn("interrupted while stopping {}; it may still run as pid {}",
                        process.service().moduleName(), process.pid());
            }
        }
        if (!processes.isEmpty()) {
            log.info("services stopped");
        }
    }

    private void removeReady(Set<ServiceProcess> pending, HttpClient http, Instant started) {
        for (Iterator<ServiceProcess> iterator = pending.iterator(); iterator.hasNext(); ) {
            ServiceProcess process = iterator.next();
            if (stopping) {
                throw new SuiteStartupException("the suite was stopped while it was starting");
            }
            if (!process.isAlive()) {
                throw new SuiteStartupException(process.service().moduleName() + " exited with code "
                        + process.exitCode() + " before it was ready; see " + process.spec().logFile());
            }
            if (process.reportsReady(http)) {
                log.info("{} ready after {} s", process.service().moduleName(), secondsSince(started));
                iterator.remove();
            }
        }
    }

    private void warnWhenOneDiesOnItsOwn() {
        for (ServiceProcess process : processes) {
            process.onExit().thenAccept(exited -> {
                if (!stopping) {
                    log.warn("{} exited with code {}; see {}", process.service().moduleName(),
                            exited.exitValue(), process.spec().logFile());
                }
            });
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteStartupException("interrupted while waiting for the services", e);
        }
    }

    private static long secondsSince(Instant start) {
        return Duration.between(start, Instant.now()).toSeconds();
    }

    private static String namesOf(Set<ServiceProcess> processes) {
        return processes.stream().map(process -> process.service().moduleName()).collect(Collectors.joining(", "));
    }

    private static String logFilesOf(Set<ServiceProcess> processes) {
        return processes.stream().map(process -> process.spec().logFile().toString())
                .collect(Collectors.joining(", "));
    }
}
