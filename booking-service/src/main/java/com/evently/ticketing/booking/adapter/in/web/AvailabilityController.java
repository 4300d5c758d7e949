package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.booking.application.ViewingAvailability;
import com.evently.ticketing.platform.web.HttpCaching;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Public: anybody may see how many seats are left (declared in the service's PublicEndpoints). */
@RestController
class AvailabilityController {

    static final String PATH = "/api/v1/events/{eventId}/availability";

    private final ViewingAvailability viewingAvailability;
    private final HttpCaching httpCaching;

    AvailabilityController(ViewingAvailability viewingAvailability, HttpCaching httpCaching) {
        this.viewingAvailability = viewingAvailability;
        this.httpCaching = httpCaching;
    }

    /**
     * The same for everyone, so browsers and shared caches may keep it for a few seconds
     * ({@code ticketing.booking.http-cache}) and then revalidate: the ETag names the seats as they stand, and
     * If-None-Match with it answers 304 until a sale, a release, a capacity change or the event's status moves them.
     */
    @Operation(operationId = "availability", summary = "Seats left per session and ticket type of an event")
    @ApiResponse(responseCode = "200", description = "The seats left; `ETag` names them")
    @ApiResponse(responseCode = "304", description = "If-None-Match named the current ETag: nothing changed",
            content = @Content)
    @GetMapping(PATH)
    ResponseEntity<AvailabilityResponse> availability(@PathVariable UUID eventId) {
        AvailabilityResponse availability = AvailabilityResponse.of(viewingAvailability.availabilityOf(eventId));
        // A record's text names every component, so any count or status that moves gives another tag. Spring
        // answers 304 itself when If-None-Match names it, keeping the Cache-Control set here.
        return ResponseEntity.ok()
                .eTag(HttpCaching.weakTagOf(availability.toString()))
                .cacheControl(httpCaching.forPublic())
                .body(availability);
    }
}
