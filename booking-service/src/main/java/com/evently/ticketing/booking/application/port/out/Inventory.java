package com.evently.ticketing.booking.application.port.out;

import com.evently.ticketing.booking.domain.InventoryLine;
import com.evently.ticketing.booking.domain.InventoryLineKey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface Inventory {

    /**
     * Reads a line and holds it against every other writer until the current transaction ends, so that its
     * {@code available} cannot change between the check and the update. Waits a bounded time for the lock. It does
     * not keep bookings from pointing to the line meanwhile (a booking moved to it stays movable before its lines are
     * locked).
     */
    Optional<InventoryLine> lockLine(InventoryLineKey key);

    /**
     * Holds every line of the event against bookings until the current transaction ends, waiting for bookings
     * that hold one now to finish. Lines are taken in one fixed order, so two callers cannot deadlock.
     */
    void lockLinesOf(UUID eventId);

    /** Stores a line's new availability and capacity; the line must be locked by the current transaction. */
    void update(InventoryLine line);

    /** Adds the lines that do not exist yet and leaves existing ones untouched. */
    void addMissing(List<InventoryLine> lines);

    /**
     * Stops selling every line of the ticket type; the lines and what they sold stay. The first retirement stays.
     * The lines must be locked by the current transaction.
     */
    void retire(UUID eventId, UUID ticketTypeId, Instant retiredAt);

    /** The event's lines in catalog order; empty for an event booking has never heard of. */
    List<InventoryLine> linesOf(UUID eventId);
}
