package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.InventoryLineKey;

/**
 * Told about seats that went back to a line (a cancellation, an edit, an expired or declined waiting-list offer).
 * Called inside the transaction that released them, after the line was stored and while that transaction still holds
 * the line's lock: the waiting list takes them before any other buyer can see them, and two replicas cannot both
 * offer the same seat.
 */
@FunctionalInterface
public interface ReleasedSeats {

    void releasedOn(InventoryLineKey line);
}
