package com.evently.ticketing.load.simulations;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.List;
import java.util.UUID;

import com.evently.ticketing.load.LoadRun;
import com.evently.ticketing.load.LoadSettings;
import com.evently.ticketing.load.RequestLog;
import com.evently.ticketing.load.SuiteClient;
import com.evently.ticketing.load.report.Arrivals;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * What every simulation of the suite shares: the settings ./run-load passed, the gateway as Gatling's protocol, a
 * log of every answer, and the measurement around the load (started in {@link #before()}, finished and reported
 * in {@link #after()}). Setup through the API happens in the subclass's constructor, before the counters start.
 */
abstract class SuiteSimulation extends Simulation {

    private static final String STATUS = "status";
    private static final String RESPONSE_TIME = "responseTime";
    private static final String BODY = "body";

    protected final LoadSettings settings = LoadSettings.fromSystemProperties();
    protected final SuiteClient suite = new SuiteClient(settings.gateway());
    protected final RequestLog log = new RequestLog();
    private LoadRun run;

    /** One connection per virtual user, as many clients would have; no Gatling cache, so every read is sent. */
    protected HttpProtocolBuilder gateway() {
        return http.baseUrl(settings.gateway().toString())
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .disableWarmUp()
                .disableCaching();
    }

    /**
     * The request, with its status and response time written to the log. Gatling's own report counts as failed
     * whatever is not one of {@code expectedStatuses}.
     */
    protected ChainBuilder recorded(String name, HttpRequestActionBuilder request, List<Integer> expectedStatuses,
                                    CheckBuilder... moreChecks) {
        return exec(session -> session.remove(STATUS).remove(RESPONSE_TIME).remove(BODY))
                .exec(request
                        .check(status().saveAs(STATUS), responseTimeInMillis().saveAs(RESPONSE_TIME),
                                bodyString().saveAs(BODY))
                        .check(moreChecks)
                        .check(status().in(expectedStatuses)))
                .exec(session -> {
                    // the body is kept only for the problem type: it is dropped again at once
                    log.record(name,
                            session.contains(STATUS) ? session.getInt(STATUS) : RequestLog.NO_RESPONSE,
                            session.contains(RESPONSE_TIME) ? session.getLong(RESPONSE_TIME) : 0,
                            session.getString(BODY));
                    return session.remove(BODY);
                });
    }

    protected String adminToken() {
        return suite.logIn(settings.adminEmail(), settings.adminPassword());
    }

    /** The name of the scenario in the report. */
    protected abstract String scenarioName();

    /** How the load arrives: {@code load.clients} virtual users unless the scenario offers an arrival rate. */
    protected Arrivals arrivals() {
        return new Arrivals.Closed(settings.clients());
    }

    /** The events whose bookings the pipeline latencies are measured for. */
    protected abstract List<UUID> eventIds();

    /** Inventory lines for the raw-SQL baseline; 0 when the scenario is not about booking throughput. */
    protected abstract int baselineLines();

    @Override
    public void before() {
        System.out.println("Load: " + scenarioName() + ", " + switch (arrivals()) {
            case Arrivals.Closed closed -> closed.clients() + " clients (closed model)";
            case Arrivals.Open open -> open.label() + " arriving, each booking once (open model)";
        } + " (" + settings + ")");
        run = LoadRun.begin(settings, scenarioName(), arrivals(), eventIds(), baselineLines());
    }

    @Override
    public void after() {
        if (settings.warmUp()) {
            run.settle(log);
        } else {
            run.finish(log);
        }
    }
}
