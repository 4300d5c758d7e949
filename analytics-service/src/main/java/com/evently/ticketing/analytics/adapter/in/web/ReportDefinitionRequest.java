package com.evently.ticketing.analytics.adapter.in.web;

import com.evently.ticketing.analytics.application.SaveReportDefinitionCommand;
import com.evently.ticketing.analytics.domain.ReportDefinition;
import com.evently.ticketing.analytics.domain.ReportDimension;
import com.evently.ticketing.analytics.domain.ReportMeasure;

import java.util.List;

/** {@code POST /api/v1/analytics/report-definitions}: a name, and a report as the reports endpoint takes it. */
record ReportDefinitionRequest(String name, List<String> dimensions, List<String> measures, String event,
                               String organizer) {

    SaveReportDefinitionCommand toCommand() {
        return new SaveReportDefinitionCommand(name, new ReportDefinition(
                dimensions == null ? List.of() : dimensions.stream().map(ReportDimension::named).toList(),
                measures == null ? List.of() : measures.stream().map(ReportMeasure::named).toList(),
                ReportParameters.uuidOf("event", event), ReportParameters.uuidOf("organizer", organizer)));
    }
}
