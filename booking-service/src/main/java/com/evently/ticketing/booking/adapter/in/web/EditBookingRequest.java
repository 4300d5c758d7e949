package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.booking.application.EditBookingCommand;
import com.evently.ticketing.booking.domain.BookingId;
import com.evently.ticketing.booking.domain.IdempotencyKey;
import com.evently.ticketing.platform.domain.Caller;
import jakarta.validation.constraints.Min;

import java.util.UUID;

/** Every field is optional: what is left out stays as it is. The upper bound of {@code quantity} is configuration. */
record EditBookingRequest(@Min(1) Integer quantity, UUID sessionId, UUID ticketTypeId) {

    EditBookingCommand toCommand(Caller actor, IdempotencyKey idempotencyKey, BookingId bookingId) {
        return new EditBookingCommand(actor, idempotencyKey, bookingId, quantity, sessionId, ticketTypeId);
    }
}
