package com.evently.ticketing.analytics.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.util.Objects;
import java.util.UUID;

/** Where a booking's seats are (one inventory line: session × ticket type) and how many it holds there. */
public record BookingLine(UUID sessionId, UUID ticketTypeId, int quantity) {

    public BookingLine {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(ticketTypeId, "ticketTypeId");
        if (quantity < 1) {
            throw new InvalidInput("a booking holds at least one seat: " + quantity);
        }
    }
}
