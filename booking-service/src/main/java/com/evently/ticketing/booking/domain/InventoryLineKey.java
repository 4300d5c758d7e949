package com.evently.ticketing.booking.domain;

import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/** Identifies one inventory line: a ticket type in one session of an event. */
public record InventoryLineKey(UUID eventId, UUID sessionId, UUID ticketTypeId) {

    /**
     * The one order in which a transaction that needs several lines locks them, so that two of them never wait for
     * each other. It is PostgreSQL's order of the primary key (session_id, ticket_type_id), used by the SQL that locks
     * all lines of an event: uuids compare there as unsigned bytes, as their lower-case text does, whereas
     * {@link UUID#compareTo} compares signed longs and would disagree.
     */
    public static final Comparator<InventoryLineKey> LOCK_ORDER = Comparator
            .comparing((InventoryLineKey key) -> key.sessionId().toString())
            .thenComparing(key -> key.ticketTypeId().toString());

    public InventoryLineKey {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(ticketTypeId, "ticketTypeId");
    }
}
