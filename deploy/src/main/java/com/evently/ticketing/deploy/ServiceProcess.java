package com.evently.ticketing.deploy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One service running as a child JVM. */
final class ServiceProcess {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration AFTER_FORCIBLE_STOP = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(ServiceProcess.class);

    private final ServiceProcessSpec spec;
    private final Process process;
    /** Started once the service is ready, when its AOT cache is still to be made; guarded by this. */
    private AotCache.Training training;
    private boolean stopping;

    private ServiceProcess(ServiceProcessSpec spec, Process process) {
        this.spec = spec;
        this.process = process;
    }

    static ServiceProcess start(ServiceProcessSpec spec) throws IOException {
        Files.createDirectories(spec.logFile().getParent());
        return new ServiceProcess(spec, spec.toProcessBuilder().start());
    }

    Service service() {
        return spec.service();
    }

    ServiceProcessSpec spec() {
        return spec;
    }

    long pid() {
        return process.pid();
    }

    /** Completes when the process ends, whoever ended it. */
    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitCode() {
        return process.exitValue();
    }

    /**
     * Asks the readiness group once. Anything but 200 (503 while starting, refused connection before the
     * port is bound) means not yet.
     */
    boolean reportsReady(HttpClient http) {
        HttpRequest request = HttpRequest.newBuilder(spec.readinessUrl()).timeout(PROBE_TIMEOUT).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Trains after the start, not before it, so that the first start of a build is not slower for it and the training
     * run finds the schema migrated already.
     */
    synchronized void trainAotCacheIfMissing() {
        Optional<AotCache> aotCache = spec.aotCache();
        if (training != null || stopping || aotCache.isEmpty() || aotCache.get().isTrained()) {
            return;
        }
        Path logFile = spec.logFile().resolveSibling(spec.service().moduleName() + "-aot-training.log");
        try {
            training = aotCache.get().train(spec.javaExecutable(), spec.jvmOptions(), spec.environment(),
                    spec.workingDirectory(), logFile);
        } catch (IOException e) {
            log.warn("{}: could not start training its AOT cache: {}", spec.service().moduleName(), e.toString());
        }
    }

    /** SIGTERM: Spring Boot drains requests and closes its consumers before exiting. */
    void requestStop() {
        synchronized (this) {
            stopping = true;
            if (training != null) {
                training.stop();
            }
        }
        process.destroy();
    }

    /** Waits for a requested stop; a process that ignores it past the grace period is killed. */
    void awaitStop(Duration grace) throws InterruptedException {
        if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(AFTER_FORCIBLE_STOP.toMillis(), TimeUnit.MILLISECONDS);
        }
        AotCache.Training stoppedTraining;
        synchronized (this) {
            stoppedTraining = training;
        }
        if (stoppedTraining != null && !stoppedTraining.process().waitFor(AFTER_FORCIBLE_STOP.toMillis(),
                TimeUnit.MILLISECONDS)) {
            stoppedTraining.process().destroyForcibly();
        }
    }
}
