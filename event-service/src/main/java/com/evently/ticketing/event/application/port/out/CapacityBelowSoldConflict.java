package com.evently.ticketing.event.application.port.out;

/** Booking-service refused a capacity: more seats are sold already than it would leave. */
public class CapacityBelowSoldConflict extends RuntimeException {

    private final int soldSeats;

    public CapacityBelowSoldConflict(int requestedCapacity, int soldSeats) {
        super("Capacity " + requestedCapacity + " is below the " + soldSeats
                + " seat(s) already sold or offered in a session of this ticket type");
        this.soldSeats = soldSeats;
    }

    /** The lowest capacity booking-service would accept. */
    public int soldSeats() {
        return soldSeats;
    }
}
