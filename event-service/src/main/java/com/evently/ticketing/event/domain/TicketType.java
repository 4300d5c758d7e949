package com.evently.ticketing.event.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.util.Objects;
import java.util.UUID;

/** A kind of seat and its price. Capacity counts seats per session: each session sells its own. */
public record TicketType(UUID id, String name, Money price, int capacity) {

    public TicketType {
        Objects.requireNonNull(id, "id");
        name = Text.required(name, "ticket type name");
        Objects.requireNonNull(price, "price");
        if (capacity < 1) {
            throw new InvalidInput("capacity must be at least 1");
        }
    }

    /** A new ticket type, with an id of its own. */
    public static TicketType offer(String name, Money price, int capacity) {
        return new TicketType(UUID.randomUUID(), name, price, capacity);
    }

    /** The same offer under an id of its own. */
    TicketType withNewId() {
        return offer(name, price, capacity);
    }

    /** Same name, price and capacity, whatever the ids. */
    boolean hasSameContentAs(TicketType other) {
        return name.equals(other.name) && price.equals(other.price) && capacity == other.capacity;
    }
}
