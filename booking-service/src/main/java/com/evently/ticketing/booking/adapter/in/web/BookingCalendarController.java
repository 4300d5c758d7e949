package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.booking.application.ExportingBookingCalendar;
import com.evently.ticketing.booking.domain.BookingId;
import com.evently.ticketing.platform.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** A booking to add to a calendar; whoever may read the booking may download it, others get the same 404. */
@RestController
class BookingCalendarController {

    static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

    private final ExportingBookingCalendar exportingBookingCalendar;

    BookingCalendarController(ExportingBookingCalendar exportingBookingCalendar) {
        this.exportingBookingCalendar = exportingBookingCalendar;
    }

    @Operation(operationId = "bookingCalendar", summary = "A booking's sessions as an iCalendar file")
    @GetMapping(value = "/api/v1/bookings/{id}/calendar.ics", produces = MEDIA_TYPE)
    ResponseEntity<String> calendar(@PathVariable UUID id, AuthenticatedUser caller) {
        String ics = exportingBookingCalendar.export(new BookingId(id), caller.caller());
        // private: the file names the buyer's booking, no shared cache may keep it
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"booking-" + id + ".ics\"")
                .body(ics);
    }
}
