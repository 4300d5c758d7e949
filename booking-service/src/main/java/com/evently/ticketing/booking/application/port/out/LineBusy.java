package com.evently.ticketing.booking.application.port.out;

import com.evently.ticketing.booking.domain.InventoryLineKey;

/** Too many sales of one line are running in this process; this one did not start, and may be tried again soon. */
public final class LineBusy extends RuntimeException {

    private final InventoryLineKey line;

    public LineBusy(InventoryLineKey line) {
        super("Too many concurrent bookings for these seats; retry with the same Idempotency-Key.");
        this.line = line;
    }

    public InventoryLineKey line() {
        return line;
    }
}
