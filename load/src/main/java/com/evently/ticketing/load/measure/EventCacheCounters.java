package com.evently.ticketing.load.measure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Hits and misses of event-service's cache of public reads, from its Prometheus endpoint
 * ({@code cache_gets_total{cache="event-reads",result="hit|miss"}}).
 */
public final class EventCacheCounters {

    private final URI prometheus;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public EventCacheCounters(URI prometheus) {
        this.prometheus = prometheus;
    }

    /** Empty when the endpoint cannot be read: the report then says nothing about the cache. */
    public Optional<Counts> read() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(prometheus)
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(Counts.parse(response.body())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    public record Counts(long hits, long misses) {

        static Counts parse(String exposition) {
            long hits = 0;
            long misses = 0;
            for (String line : exposition.split("\n")) {
                if (!line.startsWith("cache_gets_total{") || !line.contains("cache=\"event-reads\"")) {
                    continue;
                }
                long value = (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                if (line.contains("result=\"hit\"")) {
                    hits += value;
                } else if (line.contains("result=\"miss\"")) {
                    misses += value;
                }
            }
            return new Counts(hits, misses);
        }

        public Counts minus(Counts earlier) {
            return new Counts(hits - earlier.hits, misses - earlier.misses);
        }
    }
}
