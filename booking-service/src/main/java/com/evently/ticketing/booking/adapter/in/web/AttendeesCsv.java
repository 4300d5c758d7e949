package com.evently.ticketing.booking.adapter.in.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Attendees as CSV (RFC 4180: CRLF line ends, quotes where needed) with a header row naming the columns like the
 * JSON fields. Organizers open it in spreadsheets, and names, e-mails, session and ticket type names are typed by
 * buyers and organizers: a value a spreadsheet would run as a formula is written as text (prefixed with {@code '}).
 */
final class AttendeesCsv {

    static final String MEDIA_TYPE = "text/csv";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader("seatId", "bookingId", "holderName", "holderEmail", "sessionId", "sessionName", "ticketTypeId",
                    "ticketTypeName", "bookingStatus", "checkedInAt")
            .get();

    static String of(List<AttendeeResponse> attendees) {
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, FORMAT)) {
            for (AttendeeResponse attendee : attendees) {
                printer.printRecord(attendee.seatId(), attendee.bookingId(), asText(attendee.holderName()),
                        asText(attendee.holderEmail()), attendee.sessionId(), asText(attendee.sessionName()),
                        attendee.ticketTypeId(), asText(attendee.ticketTypeName()), attendee.bookingStatus(),
                        attendee.checkedInAt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing CSV to memory failed", e);
        }
        return csv.toString();
    }

    /** OWASP's advice against CSV injection: a leading =, +, -, @, tab or carriage return starts a formula. */
    static String asText(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private AttendeesCsv() {
    }
}
