package com.evently.ticketing.booking.domain;

/** A line cannot shrink below the seats it has sold: those buyers keep their seats. */
public final class CapacityBelowSoldConflict extends RuntimeException {

    private final InventoryLineKey line;
    private final int requestedCapacity;
    private final int soldSeats;

    public CapacityBelowSoldConflict(InventoryLineKey line, int requestedCapacity, int soldSeats) {
        super("Capacity " + requestedCapacity + " is below the " + soldSeats
                + " seat(s) already sold or offered for this session and ticket type");
        this.line = line;
        this.requestedCapacity = requestedCapacity;
        this.soldSeats = soldSeats;
    }

    public InventoryLineKey line() {
        return line;
    }

    public int requestedCapacity() {
        return requestedCapacity;
    }

    public int soldSeats() {
        return soldSeats;
    }
}
