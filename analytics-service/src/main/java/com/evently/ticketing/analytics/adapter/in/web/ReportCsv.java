package com.evently.ticketing.analytics.adapter.in.web;

import com.evently.ticketing.analytics.domain.Report;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A custom report as CSV (RFC 4180, header row of the JSON's column names). Event titles are typed by organizers
 * and opened by others in spreadsheets, so text is written {@link SpreadsheetSafe spreadsheet-safe}.
 */
final class ReportCsv {

    static String of(Report report) {
        StringBuilder csv = new StringBuilder();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(report.columns().toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(csv, format)) {
            for (List<Object> row : report.rows()) {
                printer.printRecord(row.stream().map(ReportCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing CSV to memory failed", e);
        }
        return csv.toString();
    }

    private static Object cell(Object value) {
        Object cell = ReportResponse.cell(value);
        return cell instanceof String text ? SpreadsheetSafe.text(text) : cell;
    }

    private ReportCsv() {
    }
}
