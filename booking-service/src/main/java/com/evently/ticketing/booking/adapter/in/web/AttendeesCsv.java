package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.platform.web.SpreadsheetCsv;

import java.util.Arrays;
import java.util.List;

/** Attendees as a spreadsheet-safe CSV whose header names the columns like the JSON fields. */
final class AttendeesCsv {

    private static final List<String> HEADER = List.of("seatId", "bookingId", "holderName", "holderEmail", "sessionId",
            "sessionName", "ticketTypeId", "ticketTypeName", "bookingStatus", "checkedInAt");

    static String of(List<AttendeeResponse> attendees) {
        return SpreadsheetCsv.of(HEADER, attendees.stream()
                .map(attendee -> Arrays.<Object>asList(attendee.seatId(), attendee.bookingId(), attendee.holderName(),
                        attendee.holderEmail(), attendee.sessionId(), attendee.sessionName(), attendee.ticketTypeId(),
                        attendee.ticketTypeName(), attendee.bookingStatus(), attendee.checkedInAt()))
                .toList());
    }

    private AttendeesCsv() {
    }
}
