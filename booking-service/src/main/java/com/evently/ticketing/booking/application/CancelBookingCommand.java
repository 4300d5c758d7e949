package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.BookingId;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.InvalidInput;

import java.util.Objects;

/** {@code reason} is optional; blank counts as none. */
public record CancelBookingCommand(BookingId bookingId, Caller actor, String reason) {

    public static final int MAX_REASON_LENGTH = 500;

    public CancelBookingCommand {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(actor, "actor");
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            throw new InvalidInput("reason must be at most " + MAX_REASON_LENGTH + " characters long");
        }
    }
}
