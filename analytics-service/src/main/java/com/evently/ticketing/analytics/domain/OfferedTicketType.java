package com.evently.ticketing.analytics.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.util.Objects;
import java.util.UUID;

/** A ticket type of a published event and the seats each session offers of it. */
public record OfferedTicketType(UUID ticketTypeId, int seatsPerSession) {

    public OfferedTicketType {
        Objects.requireNonNull(ticketTypeId, "ticketTypeId");
        if (seatsPerSession < 1) {
            throw new InvalidInput("every ticket type offers at least one seat");
        }
    }
}
