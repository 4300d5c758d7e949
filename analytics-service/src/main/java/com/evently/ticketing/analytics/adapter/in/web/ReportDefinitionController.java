package com.evently.ticketing.analytics.adapter.in.web;

import com.evently.ticketing.analytics.application.ManagingReportDefinitions;
import com.evently.ticketing.analytics.domain.SavedReport;
import com.evently.ticketing.platform.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The caller's own saved report definitions (ORGANIZER, ADMIN). */
@RestController
@RequestMapping("/api/v1/analytics/report-definitions")
class ReportDefinitionController {

    private final ManagingReportDefinitions definitions;

    ReportDefinitionController(ManagingReportDefinitions definitions) {
        this.definitions = definitions;
    }

    @Operation(operationId = "saveReportDefinition", summary = "Save a report definition")
    @PostMapping
    ResponseEntity<ReportDefinitionResponse> save(@RequestBody ReportDefinitionRequest request, AuthenticatedUser user) {
        SavedReport saved = definitions.save(request.toCommand(), user.caller());
        return ResponseEntity.created(URI.create("/api/v1/analytics/report-definitions/" + saved.id()))
                .body(ReportDefinitionResponse.of(saved));
    }

    @Operation(operationId = "listReportDefinitions", summary = "List the caller's saved report definitions")
    @GetMapping
    List<ReportDefinitionResponse> list(AuthenticatedUser user) {
        return definitions.list(user.caller()).stream().map(ReportDefinitionResponse::of).toList();
    }

    @Operation(operationId = "getReportDefinition", summary = "One saved report definition")
    @GetMapping("/{id}")
    ReportDefinitionResponse show(@PathVariable UUID id, AuthenticatedUser user) {
        return ReportDefinitionResponse.of(definitions.find(id, user.caller()));
    }

    @Operation(operationId = "deleteReportDefinition", summary = "Delete a saved report definition")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id, AuthenticatedUser user) {
        definitions.delete(id, user.caller());
        return ResponseEntity.noContent().build();
    }
}
