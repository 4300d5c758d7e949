package com.evently.ticketing.analytics.adapter.in.web;

import com.evently.ticketing.analytics.application.BrowsingAuditLog;
import com.evently.ticketing.analytics.domain.AuditLogPage;
import com.evently.ticketing.platform.security.AuthenticatedUser;
import com.evently.ticketing.platform.web.PageResponse;
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
import java.util.List;

/**
 * {@code GET /api/v1/admin/audit-log}: a page of the audit log as JSON, or the same page as CSV when the client
 * asks for {@code text/csv}. Admins only, which the use case decides.
 */
@RestController
@RequestMapping("/api/v1/admin/audit-log")
class AuditLogController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final BrowsingAuditLog browsingAuditLog;

    AuditLogController(BrowsingAuditLog browsingAuditLog) {
        this.browsingAuditLog = browsingAuditLog;
    }

    @Operation(operationId = "auditLog", summary = "Page or export (CSV) the security audit log")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    PageResponse<AuditEntryResponse> page(AuditLogParameters parameters, AuthenticatedUser user) {
        AuditLogPage page = browse(parameters, user);
        return PageResponse.of(entries(page), page.number(), page.size(), page.totalEntries());
    }

    @Operation(operationId = "auditLog", summary = "Page or export (CSV) the security audit log")
    @GetMapping(produces = SpreadsheetCsv.MEDIA_TYPE)
    ResponseEntity<String> csv(AuditLogParameters parameters, AuthenticatedUser user) {
        AuditLogPage page = browse(parameters, user);
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("audit-log-page-" + page.number() + ".csv").build().toString())
                .body(AuditLogCsv.of(entries(page)));
    }

    private AuditLogPage browse(AuditLogParameters parameters, AuthenticatedUser user) {
        return browsingAuditLog.browse(parameters.toQuery(), user.caller());
    }

    private static List<AuditEntryResponse> entries(AuditLogPage page) {
        return page.entries().stream().map(AuditEntryResponse::of).toList();
    }
}
