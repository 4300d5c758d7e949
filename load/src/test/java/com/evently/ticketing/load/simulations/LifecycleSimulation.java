package com.evently.ticketing.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.evently.ticketing.load.RequestLog;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import com.evently.ticketing.load.SuiteClient.Buyer;
import com.evently.ticketing.load.SuiteClient.PublishedEvent;

/**
 * A booking's whole life, over and over: book two seats as two bookings, edit the first to two seats (PATCH),
 * cancel the second, wait for the first's two valid tickets, and check one of them in at the door as the
 * organiser. The session starts in a few hours, so that the check-in window (it opens a day before) is open.
 */
public class LifecycleSimulation extends SuiteSimulation {

    private static final Duration TICKET_POLL = Duration.ofMillis(250);
    private static final int TICKET_POLLS = 80;

    private final PublishedEvent event;
    private final List<Buyer> buyers;
    private final String organizer;
    private final AtomicInteger nextBuyer = new AtomicInteger();

    {
        organizer = adminToken();
        event = suite.publishEvent(organizer, "Load lifecycle " + settings.runId(), settings.seats(),
                Duration.ofHours(3));
        buyers = suite.registerBuyers(settings.runId(), settings.users());

        setUp(scenario(scenarioName())
                // a lifecycle begun is finished (exitASAP false): the check-in comes last
                .exec(during(settings.duration(), false).on(
                        exec(session -> session.setAll(Map.of("token", nextBuyer().token(),
                                "booking", event.bookingJson(1))))
                                .exec(bookTwo())
                                .doIf(session -> session.contains("kept") && session.contains("cancelled"))
                                .then(exec(editOneCancelOther()).exec(awaitTickets()).exec(checkInOne()))
                                .exec(session -> session.remove("kept").remove("cancelled"))))
                .injectOpen(atOnceUsers(settings.clients())))
                .protocols(gateway())
                .maxDuration(settings.duration().plusMinutes(2));
    }

    private ChainBuilder bookTwo() {
        return exec(recorded(RequestLog.BOOK, book().check(jsonPath("$.id").saveAs("kept")), List.of(201)))
                .exec(recorded(RequestLog.BOOK, book().check(jsonPath("$.id").saveAs("cancelled")), List.of(201)));
    }

    private ChainBuilder editOneCancelOther() {
        return exec(recorded("edit", http("edit").patch("/api/v1/bookings/#{kept}")
                .header("Authorization", "Bearer #{token}")
                .header("Idempotency-Key", session -> UUID.randomUUID().toString())
                .body(StringBody("{\"quantity\":2}")), List.of(200)))
                .exec(recorded("cancel", http("cancel").post("/api/v1/bookings/#{cancelled}/cancel")
                        .header("Authorization", "Bearer #{token}"), List.of(200)));
    }

    // Tickets come from ticket-service once it hears of the edit: the old one is void, two new ones are valid.
    private ChainBuilder awaitTickets() {
        return exec(session -> session.set("polls", 0).remove("passes"))
                .exec(asLongAs(session -> validPasses(session) < 2 && session.getInt("polls") < TICKET_POLLS).on(
                        exec(pause(TICKET_POLL))
                                .exec(recorded("tickets", http("tickets").get("/api/v1/tickets?bookingId=#{kept}")
                                                .header("Authorization", "Bearer #{token}"), List.of(200),
                                        jsonPath("$.items[?(@.status == 'VALID')].qrPayload").findAll().optional()
                                                .saveAs("passes")))
                                .exec(session -> session.set("polls", session.getInt("polls") + 1))));
    }

    private ChainBuilder checkInOne() {
        return doIf(session -> validPasses(session) >= 2).then(
                exec(session -> session.set("pass", session.getList("passes").getFirst()))
                        .exec(recorded("check-in", http("check-in").post("/api/v1/check-ins")
                                        .header("Authorization", "Bearer " + organizer)
                                        .body(StringBody("{\"qrPayload\":#{pass.jsonStringify()},\"gate\":\"A\","
                                                + "\"scanId\":\"#{randomUuid()}\"}")),
                                List.of(200), jsonPath("$.result").is("ADMITTED"))));
    }

    private Buyer nextBuyer() {
        return buyers.get(Math.floorMod(nextBuyer.getAndIncrement(), buyers.size()));
    }

    private HttpRequestActionBuilder book() {
        return http("book").post("/api/v1/bookings")
                .header("Authorization", "Bearer #{token}")
                .header("Idempotency-Key", session -> UUID.randomUUID().toString())
                .body(StringBody("#{booking}"));
    }

    private static int validPasses(Session session) {
        return session.contains("passes") ? session.getList("passes").size() : 0;
    }

    @Override
    protected String scenarioName() {
        return "lifecycle: book, edit, cancel, check in";
    }

    @Override
    protected List<UUID> eventIds() {
        return List.of(event.id());
    }

    @Override
    protected int baselineLines() {
        return 0;
    }
}
