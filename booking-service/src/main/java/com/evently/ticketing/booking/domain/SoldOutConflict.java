package com.evently.ticketing.booking.domain;

/** Fewer seats are left on a line than were asked for. Expected under load: it is an answer, not a fault. */
public final class SoldOutConflict extends RuntimeException {

    private final InventoryLineKey line;
    private final int requested;
    private final int available;

    public SoldOutConflict(InventoryLineKey line, int requested, int available) {
        super(available == 0
                ? "No seats are left for this session and ticket type"
                : "Only " + available + " seat(s) are left for this session and ticket type, " + requested + " requested");
        this.line = line;
        this.requested = requested;
        this.available = available;
    }

    public InventoryLineKey line() {
        return line;
    }

    public int requested() {
        return requested;
    }

    public int available() {
        return available;
    }
}
