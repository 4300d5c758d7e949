package com.evently.ticketing.ticket.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Domain event: {@code checkIn} is its ticket's first admission, recorded at {@code recordedAt}: when the scan was
 * answered, later than {@code checkIn.checkedInAt()} for a scan made offline.
 */
public record TicketAdmitted(CheckIn checkIn, Instant recordedAt) {

    public TicketAdmitted {
        Objects.requireNonNull(checkIn, "checkIn");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
