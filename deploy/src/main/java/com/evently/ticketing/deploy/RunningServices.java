package com.evently.ticketing.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The services' JVMs, started together so that their slow start-ups overlap, and stopped together. One replica
 * at a time can also be killed, stopped and started again (the chaos run does).
 */
final class RunningServices implements AutoCloseable {

    /** Spring Boot's graceful shutdown waits up to 30 s for requests; nothing locally runs that long. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(20);
    private static final Logger log = LoggerFactory.getLogger(RunningServices.class);

    private final Map<ReplicaId, ServiceProcessSpec> specs;
    /** The current process of each replica; a stopped replica keeps its last, exited, process. */
    private final Map<ReplicaId, ServiceProcess> processes = new ConcurrentHashMap<>();
    /** Replicas whose exit was asked for: no warning when they go. */
    private final Set<ReplicaId> stoppedOnPurpose = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    private RunningServices(Map<ReplicaId, ServiceProcessSpec> specs) {
        this.specs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(specs));
    }

    static RunningServices start(Map<ReplicaId, ServiceProcessSpec> specs) throws IOException {
        prepareJars(specs.values());
        RunningServices running = new RunningServices(specs);
        try {
            for (ReplicaId replica : specs.keySet()) {
                if (replica.index() == 0) {
                    running.launch(replica);
                }
            }
        } catch (IOException | RuntimeException e) {
            running.close();
            throw e;
        }
        return running;
    }

    /**
     * Unpacks every service's jar before the first start of its build (ExtractedJar, AotCache), replicas sharing their
     * service's: two at a time is quicker than one after the other. A restart finds its jar unpacked already.
     */
    private static void prepareJars(Collection<ServiceProcessSpec> specs) throws IOException {
        Map<Path, ServiceProcessSpec> oneSpecPerJar = new LinkedHashMap<>();
        specs.forEach(spec -> oneSpecPerJar.putIfAbsent(spec.jar(), spec));
        List<Future<?>> unpacking = new ArrayList<>();
        try (ExecutorService unpackers = Executors.newFixedThreadPool(2)) {
            oneSpecPerJar.values().forEach(spec -> unpacking.add(unpackers.submit(() -> {
                spec.prepareJar();
                return null;
            })));
        }
        for (Future<?> unpacked : unpacking) {
            try {
                unpacked.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException failed) {
                    throw failed;
                }
                throw new IllegalStateException("could not unpack a service's jar", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while unpacking the services' jars", e);
            }
        }
    }

    /**
     * Starts the further copies of replicated services, once the first copies are ready. Two copies migrating a fresh
     * schema at once collide: Liquibase's own tables are created without a lock, and the loser fails to start.
     */
    void startFurtherReplicas() throws IOException {
        for (ReplicaId replica : specs.keySet()) {
            if (replica.index() > 0 && !processes.containsKey(replica)) {
                launch(replica);
            }
        }
    }

    /** The single-copy form: each spec is the first replica of its service. */
    static RunningServices start(List<ServiceProcessSpec> specs) throws IOException {
        Map<ReplicaId, ServiceProcessSpec> byReplica = new LinkedHashMap<>();
        specs.forEach(spec -> byReplica.put(ReplicaId.first(spec.service()), spec));
        return start(byReplica);
    }

    /**
     * Polls the readiness of every replica started so far until all report ready. Fails fast when a service
     * exits, since it will not come back by itself.
     */
    void awaitReady(Duration timeout) {
        awaitReady(List.copyOf(processes.keySet()), timeout);
    }

    void awaitReady(Collection<ReplicaId> replicas, Duration timeout) {
        Instant started = Instant.now();
        Instant deadline = started.plus(timeout);
        Instant nextProgressReport = started.plus(PROGRESS_INTERVAL);
        Set<ReplicaId> pending = new LinkedHashSet<>(replicas);
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(POLL_INTERVAL).build()) {
            while (true) {
                removeReady(pending, http, started);
                if (pending.isEmpty()) {
                    return;
                }
                Instant now = Instant.now();
                if (now.isAfter(deadline)) {
                    throw new SuiteStartupException("not ready after " + timeout.toSeconds() + " s: "
                            + pending + "; see " + logFilesOf(pending));
                }
                if (now.isAfter(nextProgressReport)) {
                    log.info("still waiting for {} ({} s so far)", pending, secondsSince(started));
                    nextProgressReport = now.plus(PROGRESS_INTERVAL);
                }
                pause();
            }
        }
    }

    /**
     * Starts training the AOT cache of every service that has none, once the whole suite is ready: a training run
     * starts the service a second time, and run while other services were still starting it starved them on two
     * cores (a booking-service start failed with every pooled connection timed out in validation).
     */
    void trainMissingAotCaches() {
        processes.values().forEach(ServiceProcess::trainAotCacheIfMissing);
    }

    long pid(ReplicaId replica) {
        return processOf(replica).pid();
    }

    boolean isAlive(ReplicaId replica) {
        ServiceProcess process = processes.get(replica);
        return process != null && process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no graceful drain, connections and transactions cut where they are. */
    void kill(ReplicaId replica) {
        ServiceProcess process = processOf(replica);
        stoppedOnPurpose.add(replica);
        ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroyForcibly);
        awaitExit(process);
        log.info("{} (pid {}) killed", replica, process.pid());
    }

    /** SIGTERM, as an orchestrator scaling down would: consumers leave their groups before the JVM exits. */
    void stop(ReplicaId replica) {
        ServiceProcess process = processOf(replica);
        stoppedOnPurpose.add(replica);
        process.requestStop();
        try {
            process.awaitStop(STOP_GRACE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping " + replica, e);
        }
        log.info("{} (pid {}) stopped", replica, process.pid());
    }

    /** Starts a stopped or killed replica again with the same settings; its earlier log is kept beside it. */
    void restart(ReplicaId replica) throws IOException {
        if (isAlive(replica)) {
            throw new IllegalStateException(replica + " still runs");
        }
        keepEarlierLog(specs.get(replica).logFile());
        launch(replica);
    }

    @Override
    public void close() {
        stopping = true;
        processes.values().forEach(ServiceProcess::requestStop);
        for (Map.Entry<ReplicaId, ServiceProcess> entry : processes.entrySet()) {
            try {
                entry.getValue().awaitStop(STOP_GRACE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                log.warn("interrupted while stopping {}; it may still run as pid {}", entry.getKey(),
                        entry.getValue().pid());
            }
        }
        if (!processes.isEmpty()) {
            log.info("services stopped");
        }
    }

    private void launch(ReplicaId replica) throws IOException {
        ServiceProcessSpec spec = specs.get(replica);
        ServiceProcess process = ServiceProcess.start(spec);
        processes.put(replica, process);
        stoppedOnPurpose.remove(replica);
        log.info("{} starting (pid {}), log {}", replica, process.pid(), spec.logFile());
        process.onExit().thenAccept(exited -> {
            if (!stopping && !stoppedOnPurpose.contains(replica) && processes.get(replica) == process) {
                log.warn("{} exited with code {}; see {}", replica, exited.exitValue(), spec.logFile());
            }
        });
    }

    private ServiceProcess processOf(ReplicaId replica) {
        ServiceProcess process = processes.get(replica);
        if (process == null) {
            throw new IllegalArgumentException("no replica " + replica + " in this suite");
        }
        return process;
    }

    private void removeReady(Set<ReplicaId> pending, HttpClient http, Instant started) {
        for (Iterator<ReplicaId> iterator = pending.iterator(); iterator.hasNext(); ) {
            ReplicaId replica = iterator.next();
            ServiceProcess process = processOf(replica);
            if (stopping) {
                throw new SuiteStartupException("the suite was stopped while it was starting");
            }
            if (!process.isAlive()) {
                throw new SuiteStartupException(replica + " exited with code " + process.exitCode()
                        + " before it was ready; see " + process.spec().logFile());
            }
            if (process.reportsReady(http)) {
                log.info("{} ready after {} s", replica, secondsSince(started));
                iterator.remove();
            }
        }
    }

    private static void awaitExit(ServiceProcess process) {
        try {
            process.onExit().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("pid " + process.pid() + " did not exit after SIGKILL", e);
        }
    }

    private static void keepEarlierLog(Path logFile) {
        if (!Files.exists(logFile)) {
            return;
        }
        String name = logFile.getFileName().toString().replaceFirst("\\.log$", "");
        Path kept = logFile.resolveSibling(name + "." + Instant.now().toEpochMilli() + ".log");
        try {
            Files.move(logFile, kept, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep " + logFile, e);
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

    private String logFilesOf(Set<ReplicaId> replicas) {
        return replicas.stream().map(replica -> specs.get(replica).logFile().toString())
                .collect(Collectors.joining(", "));
    }
}
