package com.evently.ticketing.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAsDuring;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import com.evently.ticketing.load.RequestLog;
import com.evently.ticketing.load.SuiteClient.Buyer;
import com.evently.ticketing.load.SuiteClient.PublishedEvent;
import com.evently.ticketing.load.report.Arrivals;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;

/**
 * Buyers booking one seat at a time, as fast as {@code load.clients} connections allow, on {@code load.events}
 * events of {@code load.seats} seats each. One event with few seats and {@code load.attempts} buyers is a flash
 * sale (most answers are 409 sold out); one event with seats to spare is a hot event (every client queues on one
 * inventory line); sixteen events spread the same load over sixteen lines.
 * <p>
 * With {@code load.rate} the bookings arrive instead: that many per second for {@code load.duration} (a flash sale:
 * until its {@code load.attempts} buyers have all come), each arrival booking one seat once, whatever the answers
 * take (an open model). The arrivals take turns with the same
 * {@code load.users} accounts and tokens as the clients would.
 */
public class SalesSimulation extends SuiteSimulation {

    private final List<PublishedEvent> events;
    private final List<Buyer> buyers;
    private final AtomicInteger attemptsClaimed = new AtomicInteger();
    // Buyers take turns, so no account reaches its per-line seat limit before the others.
    private final AtomicInteger nextBuyer = new AtomicInteger();

    {
        String organizer = adminToken();
        events = IntStream.range(0, settings.events())
                .mapToObj(i -> suite.publishEvent(organizer, "Load sale " + settings.runId() + " #" + i,
                        settings.seats(), Duration.ofDays(90)))
                .toList();
        buyers = suite.registerBuyers(settings.runId(), settings.users());

        ChainBuilder bookOneSeat = exec(session -> session.setAll(nextAttempt()))
                .exec(recorded(RequestLog.BOOK, http("book").post("/api/v1/bookings")
                        .header("Authorization", "Bearer #{token}")
                        .header("Idempotency-Key", "#{idempotencyKey}")
                        .body(StringBody("#{booking}")), List.of(201, 409)));
        PopulationBuilder buying = switch (arrivals()) {
            case Arrivals.Closed closed -> scenario(scenarioName())
                    .exec(asLongAsDuring(session -> mayAttemptAnother(), settings.duration()).on(bookOneSeat))
                    .injectOpen(atOnceUsers(closed.clients()));
            case Arrivals.Open open -> scenario(scenarioName())
                    .exec(bookOneSeat)
                    .injectOpen(constantUsersPerSec(open.perSecond()).during(settings.arrivalWindow()));
        };
        setUp(buying)
                .protocols(gateway())
                .maxDuration(settings.arrivalWindow().plusMinutes(1));
    }

    @Override
    protected Arrivals arrivals() {
        return settings.arrivals();
    }

    // A flash sale has a fixed number of buyers: the attempt is claimed before it is made.
    private boolean mayAttemptAnother() {
        return settings.attempts() <= 0 || attemptsClaimed.incrementAndGet() <= settings.attempts();
    }

    private Map<String, Object> nextAttempt() {
        Buyer buyer = buyers.get(Math.floorMod(nextBuyer.getAndIncrement(), buyers.size()));
        PublishedEvent event = events.get(ThreadLocalRandom.current().nextInt(events.size()));
        return Map.of("token", buyer.token(), "idempotencyKey", UUID.randomUUID().toString(),
                "booking", event.bookingJson(1));
    }

    @Override
    protected String scenarioName() {
        if (settings.attempts() > 0) {
            return "flash sale: %,d seats, %,d buyers".formatted(settings.seats(), settings.attempts());
        }
        return settings.events() == 1 ? "one hot event" : settings.events() + " events";
    }

    @Override
    protected List<UUID> eventIds() {
        return events.stream().map(PublishedEvent::id).toList();
    }

    @Override
    protected int baselineLines() {
        return settings.events();
    }
}
