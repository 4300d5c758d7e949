package com.evently.ticketing.analytics.adapter.in.web;

import com.evently.ticketing.analytics.domain.Report;
import com.evently.ticketing.platform.web.SpreadsheetCsv;

/** A custom report as a spreadsheet-safe CSV, its header the JSON's column names: event titles are typed by organizers. */
final class ReportCsv {

    static String of(Report report) {
        return SpreadsheetCsv.of(report.columns(), report.rows().stream()
                .map(row -> row.stream().map(ReportResponse::cell).toList())
                .toList());
    }

    private ReportCsv() {
    }
}
