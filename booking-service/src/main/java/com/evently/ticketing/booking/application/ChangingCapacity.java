package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.Inventory;
import com.evently.ticketing.booking.domain.CapacityBelowSoldConflict;
import com.evently.ticketing.booking.domain.InventoryLine;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import com.evently.ticketing.platform.domain.Transactions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Sets the capacity of a ticket type's lines (one per session) when the organizer changes it in the catalog. Booking
 * owns what is sold, so it alone decides whether a lower capacity still fits. All lines change in one transaction,
 * or none does: the organizer never ends up with some sessions resized and others not. Each line is checked and
 * changed under its lock, the one every booking takes, so no booking sells a seat between check and change.
 */
public final class ChangingCapacity {

    private final Transactions transactions;
    private final Inventory inventory;
    private final ReleasedSeats releasedSeats;

    public ChangingCapacity(Transactions transactions, Inventory inventory, ReleasedSeats releasedSeats) {
        this.transactions = transactions;
        this.inventory = inventory;
        this.releasedSeats = releasedSeats;
    }

    /**
     * For the organizer's change, asked by the catalog before it commits.
     *
     * @throws InventoryLineNotFound     when booking has no line of that ticket type (not published, or not received
     *                                   yet)
     * @throws CapacityBelowSoldConflict when some session sold or offered more seats than the new capacity; nothing
     *                                   changes then
     */
    public ChangedCapacity change(ChangeCapacityCommand command) {
        ChangedCapacity changed = transactions.inTransaction(() -> resize(command));
        if (changed instanceof ChangedCapacity.Refused refused) {
            throw refused.reason();
        }
        if (changed.lines().isEmpty()) {
            throw new InventoryLineNotFound(command.eventId(), command.ticketTypeId());
        }
        return changed;
    }

    /**
     * For the catalog's CapacityChanged, which booking normally accepted already (then nothing changes). A refusal
     * is an answer here, not a failure: the consumer's transaction must still commit its inbox row. So is a ticket
     * type booking has no line of (no lines in the outcome).
     */
    public ChangedCapacity apply(ChangeCapacityCommand command) {
        return transactions.inTransaction(() -> resize(command));
    }

    private ChangedCapacity resize(ChangeCapacityCommand command) {
        List<InventoryLineKey> keys = inventory.linesOf(command.eventId()).stream()
                .map(InventoryLine::key)
                .filter(key -> key.ticketTypeId().equals(command.ticketTypeId()))
                .sorted(InventoryLineKey.LOCK_ORDER)
                .toList();
        if (keys.isEmpty()) {
            return new ChangedCapacity.Unchanged(List.of());
        }
        // All locks first, in the one lock order, then every check: a refusal leaves every line as it was.
        List<InventoryLine> locked = keys.stream()
                .map(key -> inventory.lockLine(key).orElseThrow(
                        () -> new IllegalStateException("inventory line vanished: " + key)))
                .toList();
        Optional<InventoryLine> tooSmall = locked.stream()
                .filter(line -> line.sold() > command.capacity())
                .max(Comparator.comparingInt(InventoryLine::sold));
        if (tooSmall.isPresent()) {
            InventoryLine line = tooSmall.get();
            return new ChangedCapacity.Refused(locked,
                    new CapacityBelowSoldConflict(line.key(), command.capacity(), line.sold()));
        }
        List<InventoryLine> resized = locked.stream().map(line -> line.resizedTo(command.capacity())).toList();
        if (locked.equals(resized)) {
            return new ChangedCapacity.Unchanged(locked);
        }
        List<InventoryLine> stored = new ArrayList<>();
        for (int i = 0; i < locked.size(); i++) {
            InventoryLine before = locked.get(i);
            InventoryLine after = resized.get(i);
            if (!after.equals(before)) {
                inventory.update(after);
            }
            if (after.available() > before.available()) {
                // Still under the line's lock: the waiting list gets the new seats before any buyer sees them.
                releasedSeats.releasedOn(after.key());
            }
            stored.add(inventory.lockLine(after.key()).orElseThrow());
        }
        return new ChangedCapacity.Resized(List.copyOf(stored));
    }
}
