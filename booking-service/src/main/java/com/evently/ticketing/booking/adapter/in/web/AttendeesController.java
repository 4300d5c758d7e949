package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.booking.application.ListingAttendees;
import com.evently.ticketing.booking.domain.AttendeePage;
import com.evently.ticketing.platform.security.AuthenticatedUser;
import com.evently.ticketing.platform.web.PageResponse;
import com.evently.ticketing.platform.web.SpreadsheetCsv;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /api/v1/events/{id}/attendees}: a page of the event's seats and their holders as JSON, or the same page
 * as CSV when the client asks for {@code text/csv}. Organizer and admin roles are checked before the query string is
 * read (see AttendeesConfiguration); whether the caller organizes this event is the use case's decision.
 */
@RestController
class AttendeesController {

    static final String PATH = "/api/v1/events/{eventId}/attendees";

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ListingAttendees listingAttendees;

    AttendeesController(ListingAttendees listingAttendees) {
        this.listingAttendees = listingAttendees;
    }

    @Operation(operationId = "attendees", summary = "List the attendees of an event (JSON or CSV)")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    PageResponse<AttendeeResponse> page(@PathVariable UUID eventId, AttendeeParameters parameters,
                                        AuthenticatedUser caller) {
        AttendeePage page = list(eventId, parameters, caller);
        return PageResponse.of(rows(page), page.page(), page.size(), page.totalAttendees());
    }

    @Operation(operationId = "attendees", summary = "List the attendees of an event (JSON or CSV)")
    @GetMapping(path = PATH, produces = SpreadsheetCsv.MEDIA_TYPE)
    ResponseEntity<String> csv(@PathVariable UUID eventId, AttendeeParameters parameters, AuthenticatedUser caller) {
        AttendeePage page = list(eventId, parameters, caller);
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("attendees-" + eventId + "-page-" + page.page() + ".csv").build().toString())
                .body(AttendeesCsv.of(rows(page)));
    }

    private AttendeePage list(UUID eventId, AttendeeParameters parameters, AuthenticatedUser caller) {
        return listingAttendees.list(parameters.toQuery(eventId), caller.caller());
    }

    private static List<AttendeeResponse> rows(AttendeePage page) {
        return page.attendees().stream().map(AttendeeResponse::of).toList();
    }
}
