package com.evently.ticketing.analytics.adapter.in.web;

import com.evently.ticketing.analytics.domain.Report;
import com.evently.ticketing.analytics.domain.ReportDimension;
import com.evently.ticketing.analytics.domain.ReportMeasure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A custom report in JSON: one object per row keyed by column (an {@code event} dimension adds
 * {@code eventTitle}), money as strings like the prices it comes from.
 */
record ReportResponse(List<String> dimensions, List<String> measures, DashboardResponse.Period period,
                      List<String> columns, List<Map<String, Object>> rows, boolean truncated) {

    static ReportResponse of(Report report) {
        List<Map<String, Object>> rows = report.rows().stream().map(values -> {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int column = 0; column < report.columns().size(); column++) {
                row.put(report.columns().get(column), cell(values.get(column)));
            }
            return row;
        }).toList();
        return new ReportResponse(
                report.definition().dimensions().stream().map(ReportDimension::apiName).toList(),
                report.definition().measures().stream().map(ReportMeasure::apiName).toList(),
                new DashboardResponse.Period(report.period().from(), report.period().to(),
                        report.period().zone().getId()),
                report.columns(), rows, report.truncated());
    }

    static Object cell(Object value) {
        return switch (value) {
            case BigDecimal amount -> amount.toPlainString();
            case LocalDate date -> date.toString();
            case null -> null;
            default -> value;
        };
    }
}
