package com.evently.ticketing.event.application.port.out;

import java.util.UUID;

/**
 * Booking-service's inventory, which knows what is sold. Asked synchronously before the catalog commits a capacity
 * change, so that a capacity below what is sold is refused before anything changes anywhere.
 */
public interface BookingInventory {

    /**
     * Sets the seats per session of a ticket type in booking-service, all sessions or none. Idempotent: the same
     * capacity again changes nothing there.
     *
     * @throws CapacityBelowSoldConflict when a session sold (or offered to its waiting list) more than that
     * @throws BookingUnavailable        when booking-service could not be asked or gave no usable answer
     */
    void changeCapacity(UUID eventId, UUID ticketTypeId, int capacity, UUID changeId);

    /**
     * Puts back the capacity booking-service had before a change the catalog then failed to store. Best effort: it
     * never throws; a failure is logged for an operator, since booking then sells a capacity the catalog does not
     * show (until the organizer's next change).
     */
    void restoreCapacity(UUID eventId, UUID ticketTypeId, int capacity, UUID failedChangeId);
}
