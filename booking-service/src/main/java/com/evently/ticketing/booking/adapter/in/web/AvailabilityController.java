package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.booking.application.ViewingAvailability;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Public: anybody may see how many seats are left (declared in the service's PublicEndpoints). */
@RestController
class AvailabilityController {

    static final String PATH = "/api/v1/events/{eventId}/availability";

    private final ViewingAvailability viewingAvailability;

    AvailabilityController(ViewingAvailability viewingAvailability) {
        this.viewingAvailability = viewingAvailability;
    }

    @Operation(operationId = "availability", summary = "Seats left per session and ticket type of an event")
    @GetMapping(PATH)
    AvailabilityResponse availability(@PathVariable UUID eventId) {
        return AvailabilityResponse.of(viewingAvailability.availabilityOf(eventId));
    }
}
