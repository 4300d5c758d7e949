package com.evently.ticketing.event.benchmark;

import com.evently.ticketing.event.application.ViewingEvent;
import com.evently.ticketing.event.application.port.out.EventCache;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * Reads per second of one hot public event, the way a sale's readers hit it: through the use case and end to end
 * over HTTP, anonymously, with the database reads PostgreSQL counted meanwhile. Subclasses run it with the cache
 * on and off. Not a test: run by hand, {@code ./mvnw -pl event-service test -Dtest='*EventReadsBenchmark'}.
 */
@ServiceIntegrationTest
abstract class EventReadBenchmark {

    private static final int THREADS = 8;
    private static final Duration WARM_UP = Duration.ofSeconds(3);
    private static final Duration MEASURE = Duration.ofSeconds(10);

    @Autowired
    RestTestClient http;

    @Autowired
    ViewingEvent viewingEvent;

    @Autowired
    EventCache cache;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void readsPerSecond() throws Exception {
        UUID eventId = publishedEvent();
        String label = getClass().getSimpleName() + " (" + cache.getClass().getSimpleName() + ")";

        long scansBefore = eventRowReads();
        double useCase = readsPerSecond(() -> viewingEvent.view(eventId, Optional.empty()));
        long useCaseScans = eventRowReads() - scansBefore;

        HttpClient client = HttpClient.newHttpClient();
        HttpRequest get = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/events/" + eventId))
                .GET().build();
        scansBefore = eventRowReads();
        double overHttp = readsPerSecond(() -> {
            try {
                HttpResponse<Void> response = client.send(get, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("status " + response.statusCode());
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long httpScans = eventRowReads() - scansBefore;

        System.out.printf("%n%s, %d threads, %ds each after %ds warm-up, %d cores:%n"
                        + "  ViewingEvent.view     : %,12.0f reads/s, %,d reads of the events table%n"
                        + "  HTTP GET /events/{id} : %,12.0f reads/s, %,d reads of the events table%n%n",
                label, THREADS, MEASURE.toSeconds(), WARM_UP.toSeconds(), Runtime.getRuntime().availableProcessors(),
                useCase, useCaseScans, overHttp, httpScans);
    }

    /** Index and sequential scans of {@code events} so far, as PostgreSQL's statistics count them. */
    private long eventRowReads() throws InterruptedException {
        Thread.sleep(600); // the statistics collector reports at most every 500ms
        return jdbc.sql("""
                        SELECT coalesce(idx_scan, 0) + coalesce(seq_scan, 0) FROM pg_stat_user_tables
                         WHERE relname = 'events'""")
                .query(Long.class).single();
    }

    private UUID publishedEvent() {
        TestUser organizer = TestUser.organizer();
        Map<String, Object> body = Map.of("title", "Benchmark", "venue", "Hall A", "timeZone", "Europe/Lisbon",
                "sessions", List.of(Map.of("name", "Main", "startsAt", "2040-01-01T10:00:00Z",
                        "endsAt", "2040-01-01T12:00:00Z")),
                "ticketTypes", List.of(Map.of("name", "Standard", "price", Map.of("amount", "10.00", "currency", "EUR"),
                        "capacity", 100)));
        String id = http.post().uri("/api/v1/events").header(HttpHeaders.AUTHORIZATION, organizer.bearer())
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isCreated().returnResult(Created.class).getResponseBody().id();
        http.post().uri("/api/v1/events/{id}/publish", id).header(HttpHeaders.AUTHORIZATION, organizer.bearer())
                .exchange().expectStatus().isOk();
        return UUID.fromString(id);
    }

    private static double readsPerSecond(Runnable read) throws Exception {
        run(read, WARM_UP);
        return run(read, MEASURE) / (double) MEASURE.toSeconds();
    }

    private static long run(Runnable read, Duration duration) throws Exception {
        LongAdder reads = new LongAdder();
        Instant end = Instant.now().plus(duration);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                running.add(threads.submit(() -> {
                    while (Instant.now().isBefore(end)) {
                        read.run();
                        reads.increment();
                    }
                }));
            }
            for (Future<?> thread : running) {
                thread.get();
            }
        } finally {
            threads.shutdown();
        }
        return reads.sum();
    }

    record Created(String id) {
    }
}
