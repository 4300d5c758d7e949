package com.evently.ticketing.booking.application.port.in;

import com.evently.ticketing.booking.domain.SoldOut;
import com.evently.ticketing.booking.domain.TooManySeats;

/** Sells seats of one inventory line to the caller, at most once per idempotency key. */
public interface PlaceBooking {

    /**
     * @throws SoldOut              when the line has fewer seats left than asked for
     * @throws TooManySeats         when one booking asks for more seats than allowed
     * @throws InventoryLineNotFound when the event does not sell that session and ticket type
     * @throws EventWasCancelled    when the event was cancelled (decided while holding the line, see PlacingBooking)
     * @throws IdempotencyKeyReused when the key was already used for a different request
     */
    PlacedBooking place(PlaceBookingCommand command);
}
