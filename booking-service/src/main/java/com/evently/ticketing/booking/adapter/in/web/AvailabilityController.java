package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.booking.application.ViewingAvailability;
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

    @GetMapping(PATH)
    AvailabilityResponse availability(@PathVariable UUID eventId) {
        return AvailabilityResponse.of(viewingAvailability.availabilityOf(eventId));
    }
}
