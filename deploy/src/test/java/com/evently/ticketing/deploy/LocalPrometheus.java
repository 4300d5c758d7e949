package com.evently.ticketing.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A real Prometheus (the {@code prometheus} binary, Debian's package) on a free loopback port with storage in a
 * directory of its own, scraping the given targets, and its HTTP API. Exemplar storage is on, as
 * docs/runbook.md asks of a production Prometheus for the latency panel's trace links.
 */
final class LocalPrometheus implements AutoCloseable {

    static final String BINARY = "prometheus";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final URI api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private LocalPrometheus(Process process, URI api) {
        this.process = process;
        this.api = api;
    }

    /**
     * One metrics endpoint and the labels Prometheus gives its series, as the Prometheus Operator's PodMonitor would
     * on a cluster (job, namespace, pod, container, endpoint, and the {@code service} our PodMonitors add).
     */
    record Target(String job, URI metrics, Map<String, String> labels) {
    }

    /**
     * @throws IOException when the binary is missing or Prometheus does not get ready
     */
    static LocalPrometheus start(List<Target> targets, Duration scrapeInterval, Path directory, Path logFile)
            throws IOException {
        Path config = directory.resolve("prometheus.yml");
        Files.writeString(config, YAMLMapper.builder().build().writeValueAsString(configuration(targets, scrapeInterval)));
        int port = freeLoopbackPort();
        Process process = new ProcessBuilder(BINARY,
                "--config.file=" + config,
                "--storage.tsdb.path=" + directory.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port,
                "--enable-feature=exemplar-storage")
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                .start();
        LocalPrometheus prometheus = new LocalPrometheus(process, URI.create("http://127.0.0.1:" + port));
        try {
            prometheus.awaitReady();
            return prometheus;
        } catch (IOException | RuntimeException e) {
            prometheus.close();
            throw e;
        }
    }

    /** One job per target, each target's labels set on it, as the service discovery would. */
    private static Map<String, Object> configuration(List<Target> targets, Duration scrapeInterval) {
        List<Map<String, Object>> jobs = new ArrayList<>();
        for (Target target : targets) {
            Map<String, Object> job = new LinkedHashMap<>();
            job.put("job_name", target.job());
            job.put("scrape_interval", scrapeInterval.toSeconds() + "s");
            job.put("scrape_timeout", scrapeInterval.toSeconds() + "s");
            job.put("scheme", target.metrics().getScheme());
            job.put("metrics_path", target.metrics().getPath());
            job.put("static_configs", List.of(Map.of(
                    "targets", List.of(target.metrics().getHost() + ":" + target.metrics().getPort()),
                    "labels", target.labels())));
            jobs.add(job);
        }
        return Map.of(
                "global", Map.of("scrape_interval", scrapeInterval.toSeconds() + "s",
                        "evaluation_interval", scrapeInterval.toSeconds() + "s"),
                "scrape_configs", jobs);
    }

    /** {@code GET /api/v1/query}: the result of an instant query now, or the error Prometheus gave. */
    QueryResult query(String promQl) {
        JsonNode answer = get("/api/v1/query?query=" + URLEncoder.encode(promQl, StandardCharsets.UTF_8));
        if (!answer.path("status").asString("").equals("success")) {
            return new QueryResult(List.of(), answer.path("errorType").asString("") + ": "
                    + answer.path("error").asString(""));
        }
        return new QueryResult(List.copyOf(answer.path("data").path("result").values()), null);
    }

    /** {@code GET /api/v1/targets}: every scraped target with its health and last error. */
    List<JsonNode> activeTargets() {
        return List.copyOf(get("/api/v1/targets?state=active").path("data").path("activeTargets").values());
    }

    /** {@code GET /api/v1/query_exemplars} over the last {@code window}. */
    List<JsonNode> exemplars(String promQl, Duration window) {
        Instant end = Instant.now();
        return List.copyOf(get("/api/v1/query_exemplars?query=" + URLEncoder.encode(promQl, StandardCharsets.UTF_8)
                + "&start=" + end.minus(window).getEpochSecond() + "&end=" + end.getEpochSecond())
                .path("data").values());
    }

    /** What an instant query answered: the series, or why there are none. */
    record QueryResult(List<JsonNode> series, String error) {

        boolean hasData() {
            return error == null && !series.isEmpty();
        }
    }

    private void awaitReady() throws IOException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("prometheus exited with " + process.exitValue() + " (see its log)");
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(api.resolve("/-/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for prometheus", e);
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IOException("prometheus not ready after " + READY_TIMEOUT.toSeconds() + " s (see its log)");
    }

    private JsonNode get(String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api + pathAndQuery)).timeout(Duration.ofSeconds(30))
                .build();
        try {
            return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during GET " + request.uri(), e);
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** SIGTERM, then SIGKILL if Prometheus has not flushed and stopped within ten seconds. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
