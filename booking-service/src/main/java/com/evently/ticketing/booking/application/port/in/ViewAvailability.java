package com.evently.ticketing.booking.application.port.in;

import java.util.UUID;

public interface ViewAvailability {

    /**
     * The event's inventory lines, sessions in catalog order and ticket types in catalog order within each, and
     * whether it is still on sale.
     *
     * @throws EventNotFound when no published event with that id has reached booking
     */
    EventAvailability availabilityOf(UUID eventId);
}
