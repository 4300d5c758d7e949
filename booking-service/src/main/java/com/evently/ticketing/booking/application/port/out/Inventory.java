package com.evently.ticketing.booking.application.port.out;

import com.evently.ticketing.booking.domain.HeldSeats;
import com.evently.ticketing.booking.domain.InventoryLine;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import com.evently.ticketing.booking.domain.SeatBucket;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A line's seats on sale are spread over one or more bucket rows (a hot line over several, so that its buyers lock
 * different rows). Two ways to hold a line: the whole line ({@link #lockLine}, {@link #lockLinesOf}), which every
 * use case but the sale takes, and some of its buckets ({@link #holdSeats}), which only a sale takes. Holding the
 * whole line waits for every sale that holds one of its buckets, and every later sale waits for it.
 */
public interface Inventory {

    /**
     * Reads a line and holds all of it (every bucket) against every other writer until the current transaction ends,
     * so that its {@code available} cannot change between the check and the update. Waits a bounded time for each
     * lock. It does not keep bookings from pointing to the line meanwhile (a booking moved to it stays movable before
     * its lines are locked).
     */
    Optional<InventoryLine> lockLine(InventoryLineKey key);

    /**
     * Reads a line as last committed, taking no lock: its {@code available} may be stale by the time it is used. A
     * line that shows fewer seats than a request stays short of them until somebody releases seats, so it answers
     * "sold out" without queueing; any other answer must be checked again under a lock.
     */
    Optional<InventoryLine> readLine(InventoryLineKey key);

    /**
     * Holds, until the current transaction ends, one bucket of the line that has {@code quantity} seats left, one
     * nobody holds if there is such a bucket; when no single bucket has enough (seats spread thin, or sold out), the
     * line's buckets in their one order until they have enough together, or all of them. Waits a bounded time for
     * each lock. The line's settings are read after the buckets are held. Empty for a line that does not exist.
     */
    Optional<HeldSeats> holdSeats(InventoryLineKey key, int quantity);

    /** Stores what buckets have left after a sale; the buckets must be held by the current transaction. */
    void store(InventoryLineKey key, List<SeatBucket> buckets);

    /**
     * Holds every line of the event against bookings until the current transaction ends, waiting for bookings
     * that hold one now to finish. Lines are taken in one fixed order, so two callers cannot deadlock.
     */
    void lockLinesOf(UUID eventId);

    /**
     * Stores a line's new availability and capacity; the whole line must be locked by the current transaction. Seats
     * put back go to the emptiest buckets, seats taken come from the fullest.
     */
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
