package com.evently.ticketing.deploy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** One service running as a child JVM. */
final class ServiceProcess {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration AFTER_FORCIBLE_STOP = Duration.ofSeconds(5);

    private final ServiceProcessSpec spec;
    private final Process process;

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

    /** SIGTERM: Spring Boot drains requests and closes its consumers before exiting. */
    void requestStop() {
        process.destroy();
    }

    /** Waits for a requested stop; a process that ignores it past the grace period is killed. */
    void awaitStop(Duration grace) throws InterruptedException {
        if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(AFTER_FORCIBLE_STOP.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
