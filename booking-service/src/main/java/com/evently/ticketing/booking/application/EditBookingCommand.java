package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.BookingId;
import com.evently.ticketing.booking.domain.IdempotencyKey;
import com.evently.ticketing.booking.domain.RequestFingerprint;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.InvalidInput;

import java.util.Objects;
import java.util.UUID;

/** Each of {@code quantity}, {@code sessionId} and {@code ticketTypeId} may be null: that part stays as it is. */
public record EditBookingCommand(Caller actor, IdempotencyKey idempotencyKey, BookingId bookingId,
                                 Integer quantity, UUID sessionId, UUID ticketTypeId) {

    public EditBookingCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(bookingId, "bookingId");
        if (quantity == null && sessionId == null && ticketTypeId == null) {
            throw new InvalidInput("say what to change: quantity, sessionId or ticketTypeId");
        }
        if (quantity != null && quantity < 1) {
            throw new InvalidInput("quantity must be at least 1, was " + quantity);
        }
    }

    /** Tells a retry from another request under the same key; a key used for placing never matches an edit. */
    public RequestFingerprint fingerprint() {
        return RequestFingerprint.of("edit;bookingId=" + bookingId
                + ";quantity=" + quantity
                + ";sessionId=" + sessionId
                + ";ticketTypeId=" + ticketTypeId);
    }
}
