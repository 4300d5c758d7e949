package com.evently.ticketing.analytics.adapter.in.web;

/**
 * OWASP's advice against CSV injection, for every CSV this service writes: a value a spreadsheet would run as a
 * formula (a leading =, +, -, @, tab or carriage return) is written as text, prefixed with {@code '}.
 */
final class SpreadsheetSafe {

    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private SpreadsheetSafe() {
    }
}
