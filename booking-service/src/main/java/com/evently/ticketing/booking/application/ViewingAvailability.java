package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.in.EventNotFound;
import com.evently.ticketing.booking.application.port.in.ViewAvailability;
import com.evently.ticketing.booking.application.port.out.Inventory;
import com.evently.ticketing.booking.domain.InventoryLine;

import java.util.List;
import java.util.UUID;

public final class ViewingAvailability implements ViewAvailability {

    private final Inventory inventory;

    public ViewingAvailability(Inventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public List<InventoryLine> linesOf(UUID eventId) {
        List<InventoryLine> lines = inventory.linesOf(eventId);
        // Every event on sale has at least one session and one ticket type, hence at least one line.
        if (lines.isEmpty()) {
            throw new EventNotFound(eventId);
        }
        return lines;
    }
}
