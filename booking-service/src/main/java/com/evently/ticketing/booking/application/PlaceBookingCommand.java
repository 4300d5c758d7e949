package com.evently.ticketing.booking.application;

import com.evently.ticketing.platform.domain.InvalidInput;
import com.evently.ticketing.booking.domain.Buyer;
import com.evently.ticketing.booking.domain.IdempotencyKey;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import com.evently.ticketing.booking.domain.RequestFingerprint;

import java.util.Objects;

public record PlaceBookingCommand(Buyer buyer, IdempotencyKey idempotencyKey, InventoryLineKey line, int quantity) {

    public PlaceBookingCommand {
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(line, "line");
        if (quantity < 1) {
            throw new InvalidInput("quantity must be at least 1, was " + quantity);
        }
    }

    /**
     * Identifies what was asked, independent of JSON layout: field order, spacing or unknown fields of the
     * body do not change it, a different line or quantity does.
     */
    public RequestFingerprint fingerprint() {
        return RequestFingerprint.of("eventId=" + line.eventId()
                + ";sessionId=" + line.sessionId()
                + ";ticketTypeId=" + line.ticketTypeId()
                + ";quantity=" + quantity);
    }
}
