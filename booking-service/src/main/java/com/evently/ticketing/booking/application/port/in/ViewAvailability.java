package com.evently.ticketing.booking.application.port.in;

import com.evently.ticketing.booking.domain.InventoryLine;

import java.util.List;
import java.util.UUID;

public interface ViewAvailability {

    /**
     * The event's inventory lines, sessions in catalog order and ticket types in catalog order within each.
     *
     * @throws EventNotFound when no published event with that id has reached booking
     */
    List<InventoryLine> linesOf(UUID eventId);
}
