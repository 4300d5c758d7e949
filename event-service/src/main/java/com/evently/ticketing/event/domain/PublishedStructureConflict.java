package com.evently.ticketing.event.domain;

import java.util.UUID;

/**
 * A revision would change the sessions or ticket types of a published event. Other services already sell
 * seats for them (inventory lines, bookings, tickets refer to their ids), so they are fixed once published.
 */
public class PublishedStructureConflict extends RuntimeException {

    public PublishedStructureConflict(UUID eventId) {
        super("Event " + eventId + " is published: its sessions and ticket types can no longer change; "
                + "only title, description, venue and time zone can");
    }
}
