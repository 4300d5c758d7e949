package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.booking.application.JoinWaitlistCommand;
import com.evently.ticketing.booking.domain.Buyer;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** The upper bound of {@code quantity} is configuration, so the use case checks it, not an annotation. */
record JoinWaitlistRequest(
        @NotNull UUID sessionId,
        @NotNull UUID ticketTypeId,
        @NotNull @Min(1) Integer quantity) {

    JoinWaitlistCommand toCommand(UUID eventId, Buyer buyer) {
        return new JoinWaitlistCommand(buyer, new InventoryLineKey(eventId, sessionId, ticketTypeId), quantity);
    }
}
