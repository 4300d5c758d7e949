package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.CancelledEvents;
import com.evently.ticketing.booking.application.port.out.CompletedEvents;
import com.evently.ticketing.booking.application.port.out.Inventory;
import com.evently.ticketing.booking.domain.InventoryLine;
import com.evently.ticketing.booking.domain.SalesStatus;

import java.util.List;
import java.util.UUID;

public final class ViewingAvailability {

    private final Inventory inventory;
    private final CancelledEvents cancelledEvents;
    private final CompletedEvents completedEvents;

    public ViewingAvailability(Inventory inventory, CancelledEvents cancelledEvents, CompletedEvents completedEvents) {
        this.inventory = inventory;
        this.cancelledEvents = cancelledEvents;
        this.completedEvents = completedEvents;
    }

    /**
     * The event's inventory lines, sessions in catalog order and ticket types in catalog order within each, and
     * whether it is still on sale.
     *
     * @throws EventNotFound when no published event with that id has reached booking
     */
    public EventAvailability availabilityOf(UUID eventId) {
        List<InventoryLine> lines = inventory.linesOf(eventId);
        // Every event on sale has at least one session and one ticket type, hence at least one line.
        if (lines.isEmpty()) {
            throw new EventNotFound(eventId);
        }
        SalesStatus status = cancelledEvents.find(eventId).isPresent() ? SalesStatus.CANCELLED
                : completedEvents.find(eventId).isPresent() ? SalesStatus.COMPLETED
                : SalesStatus.ON_SALE;
        return new EventAvailability(eventId, status, lines);
    }
}
