package com.evently.ticketing.analytics.application;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.util.Objects;
import java.util.UUID;

public record RecordConfirmedBookingCommand(UUID bookingId, UUID eventId, int seats) {

    public RecordConfirmedBookingCommand {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(eventId, "eventId");
        if (seats < 1) {
            throw new InvalidInput("a confirmed booking holds at least one seat: " + seats);
        }
    }
}
