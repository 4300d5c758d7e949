package com.evently.ticketing.analytics.adapter.in.web;

import com.evently.ticketing.analytics.application.ManagingReportDefinitions;
import com.evently.ticketing.analytics.application.RunningReport;
import com.evently.ticketing.analytics.domain.Report;
import com.evently.ticketing.analytics.domain.ReportDefinition;
import com.evently.ticketing.platform.security.AuthenticatedUser;
import com.evently.ticketing.platform.web.SpreadsheetCsv;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

/**
 * {@code GET /api/v1/analytics/reports?dimensions=&measures=&from=&to=&tz=&event=&organizer=} (or
 * {@code ?definition=<saved id>&from=&to=&tz=}) as JSON, or as CSV
 * when the client asks for {@code text/csv}. ADMIN reports on the platform, an ORGANIZER on their own events.
 */
@RestController
@RequestMapping("/api/v1/analytics/reports")
class ReportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final RunningReport runningReport;
    private final ManagingReportDefinitions definitions;
    private final Clock clock;

    ReportController(RunningReport runningReport, ManagingReportDefinitions definitions, Clock clock) {
        this.runningReport = runningReport;
        this.definitions = definitions;
        this.clock = clock;
    }

    @Operation(operationId = "report", summary = "A custom report over a period, as JSON or CSV")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ReportResponse json(ReportParameters parameters, AuthenticatedUser user) {
        return ReportResponse.of(run(parameters, user));
    }

    @Operation(operationId = "report", summary = "A custom report over a period, as JSON or CSV")
    @GetMapping(produces = SpreadsheetCsv.MEDIA_TYPE)
    ResponseEntity<String> csv(ReportParameters parameters, AuthenticatedUser user) {
        Report report = run(parameters, user);
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("report-" + report.period().from() + "-" + report.period().to() + ".csv").build()
                        .toString())
                .body(ReportCsv.of(report));
    }

    private Report run(ReportParameters parameters, AuthenticatedUser user) {
        UUID saved = parameters.savedDefinition();
        ReportDefinition definition = saved == null ? parameters.toDefinition()
                : definitions.find(saved, user.caller()).definition();
        return runningReport.run(definition, parameters.period().toPeriod(clock), user.caller());
    }
}
