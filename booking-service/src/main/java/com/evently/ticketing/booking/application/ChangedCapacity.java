package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.CapacityBelowSoldConflict;
import com.evently.ticketing.booking.domain.InventoryLine;

import java.util.List;

/** What a capacity change did to the ticket type's lines, one per session, as stored afterwards. */
public sealed interface ChangedCapacity {

    List<InventoryLine> lines();

    /** Every line already had that capacity: a retry or a redelivery. */
    record Unchanged(List<InventoryLine> lines) implements ChangedCapacity {
    }

    /** The lines now have the new capacity, after the waiting list took its share of any new seats. */
    record Resized(List<InventoryLine> lines) implements ChangedCapacity {
    }

    /** A session sold more than the new capacity; every line stays as it was. */
    record Refused(List<InventoryLine> lines, CapacityBelowSoldConflict reason) implements ChangedCapacity {
    }
}
