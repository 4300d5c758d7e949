package com.evently.ticketing.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import com.evently.ticketing.load.SuiteClient.PublishedEvent;

/**
 * Visitors who do not book: a search, an event page, the same page again with the ETag it came with (a browser's
 * revalidation, answered 304 while the event is unchanged) and the event's availability. Public reads, no token;
 * the report shows event-service's cache hits and the share of 304s.
 */
public class BrowseSimulation extends SuiteSimulation {

    private final List<PublishedEvent> events;
    private final String searchWord = "browse" + settings.runId().replaceAll("[^0-9]", "");

    {
        String organizer = adminToken();
        events = IntStream.range(0, settings.events())
                .mapToObj(i -> suite.publishEvent(organizer, "Load " + searchWord + " #" + i, 100,
                        Duration.ofDays(90)))
                .toList();

        setUp(scenario(scenarioName())
                .exec(during(settings.duration()).on(
                        exec(session -> session.set("eventId",
                                events.get(ThreadLocalRandom.current().nextInt(events.size())).id().toString()))
                                .exec(recorded("search", http("search")
                                        .get("/api/v1/events?q=" + searchWord + "&size=20"), List.of(200)))
                                .exec(recorded("event", http("event").get("/api/v1/events/#{eventId}"), List.of(200),
                                        header("ETag").saveAs("etag")))
                                .exec(recorded("event again", http("event again").get("/api/v1/events/#{eventId}")
                                        .header("If-None-Match", "#{etag}"), List.of(200, 304)))
                                .exec(recorded("availability", http("availability")
                                        .get("/api/v1/events/#{eventId}/availability"), List.of(200)))))
                .injectOpen(atOnceUsers(settings.clients())))
                .protocols(gateway())
                .maxDuration(settings.duration().plusMinutes(1));
    }

    @Override
    protected String scenarioName() {
        return "browse and search (%d events)".formatted(settings.events());
    }

    @Override
    protected List<UUID> eventIds() {
        return events.stream().map(PublishedEvent::id).toList();
    }

    @Override
    protected int baselineLines() {
        return 0;
    }
}
