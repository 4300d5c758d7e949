package com.evently.ticketing.platform.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * CSV for people who open it in a spreadsheet: RFC 4180 (CRLF line ends, quotes where needed), a header row, and text
 * that a spreadsheet would run as a formula (a leading =, +, -, @, tab or carriage return — OWASP's CSV injection)
 * written as text, prefixed with {@code '}. Names, e-mails and titles in exports are typed by anybody.
 */
public final class SpreadsheetCsv {

    public static final String MEDIA_TYPE = "text/csv";

    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** @param rows cells in header order; a null cell is empty, a String is made safe, anything else is printed */
    public static String of(List<String> header, List<? extends List<?>> rows) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, format)) {
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(SpreadsheetCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing CSV to memory failed", e);
        }
        return csv.toString();
    }

    /** {@code value} as a spreadsheet shows it as text, never as a formula. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static Object cell(Object value) {
        return value instanceof String text ? text(text) : value;
    }

    private SpreadsheetCsv() {
    }
}
