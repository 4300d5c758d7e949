package com.evently.ticketing.analytics.adapter.in.web;

import com.evently.ticketing.analytics.domain.ReportDimension;
import com.evently.ticketing.analytics.domain.ReportMeasure;
import com.evently.ticketing.analytics.domain.SavedReport;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A saved report definition; run it with {@code GET /api/v1/analytics/reports?definition={id}}. */
record ReportDefinitionResponse(UUID id, String name, List<String> dimensions, List<String> measures, UUID event,
                                UUID organizer, Instant createdAt) {

    static ReportDefinitionResponse of(SavedReport report) {
        return new ReportDefinitionResponse(report.id(), report.name(),
                report.definition().dimensions().stream().map(ReportDimension::apiName).toList(),
                report.definition().measures().stream().map(ReportMeasure::apiName).toList(),
                report.definition().eventId(), report.definition().organizerId(), report.createdAt());
    }
}
