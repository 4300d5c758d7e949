package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.booking.application.ChangeCapacityCommand;
import com.evently.ticketing.booking.application.ChangedCapacity;
import com.evently.ticketing.booking.application.ChangingCapacity;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * For event-service, which asks before it commits an organizer's capacity change: booking owns what is sold and is
 * the one to refuse a capacity below it. Under /internal: the platform admits only service tokens holding
 * {@code internal:booking-inventory} ({@code BookingConfiguration}), and the gateway never routes here.
 */
@RestController
class InternalInventoryController {

    private final ChangingCapacity changingCapacity;

    InternalInventoryController(ChangingCapacity changingCapacity) {
        this.changingCapacity = changingCapacity;
    }

    /** Every session's line of the ticket type, all or none. Idempotent: the same capacity again changes nothing. */
    @PutMapping("/internal/v1/events/{eventId}/ticket-types/{ticketTypeId}/capacity")
    CapacityResponse changeCapacity(@PathVariable UUID eventId, @PathVariable UUID ticketTypeId,
                                    @Valid @RequestBody ChangeCapacityRequest request) {
        ChangedCapacity changed = changingCapacity.change(
                new ChangeCapacityCommand(eventId, ticketTypeId, request.capacity(), request.changeId()));
        return CapacityResponse.of(eventId, ticketTypeId, request.capacity(), changed.lines());
    }
}
