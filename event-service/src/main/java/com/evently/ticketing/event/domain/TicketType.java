package com.evently.ticketing.event.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A kind of seat and its price. Capacity counts seats per session: each session sells its own.
 * {@code maxSeatsPerUser} caps what one user may hold of it in one session; null leaves it to booking-service's
 * default. {@code retiredAt} is set once a published ticket type is no longer sold; it stays for the bookings made of it.
 */
public record TicketType(UUID id, String name, Money price, int capacity, Integer maxSeatsPerUser, Instant retiredAt) {

    public TicketType {
        Objects.requireNonNull(id, "id");
        name = Text.required(name, "ticket type name");
        Objects.requireNonNull(price, "price");
        if (capacity < 1) {
            throw new InvalidInput("capacity must be at least 1");
        }
        if (maxSeatsPerUser != null && maxSeatsPerUser < 1) {
            throw new InvalidInput("maxSeatsPerUser must be at least 1");
        }
    }

    /** A ticket type on sale. */
    public TicketType(UUID id, String name, Money price, int capacity, Integer maxSeatsPerUser) {
        this(id, name, price, capacity, maxSeatsPerUser, null);
    }

    /** A ticket type without a cap of its own. */
    public TicketType(UUID id, String name, Money price, int capacity) {
        this(id, name, price, capacity, null);
    }

    /** A new ticket type, with an id of its own. */
    public static TicketType offer(String name, Money price, int capacity) {
        return offer(name, price, capacity, null);
    }

    /** A new ticket type with a per-user cap (null for none), with an id of its own. */
    public static TicketType offer(String name, Money price, int capacity, Integer maxSeatsPerUser) {
        return new TicketType(UUID.randomUUID(), name, price, capacity, maxSeatsPerUser);
    }

    /** The same ticket type with {@code newCapacity} seats per session. */
    TicketType withCapacity(int newCapacity) {
        return new TicketType(id, name, price, newCapacity, maxSeatsPerUser, retiredAt);
    }

    /** The same ticket type, no longer sold since {@code at}. */
    TicketType retiredAt(Instant at) {
        return new TicketType(id, name, price, capacity, maxSeatsPerUser, at);
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    /** The same offer under an id of its own, on sale. */
    TicketType withNewId() {
        return offer(name, price, capacity, maxSeatsPerUser);
    }

    /** Same name, price, capacity and cap, whatever the ids. */
    boolean hasSameContentAs(TicketType other) {
        return name.equals(other.name) && price.equals(other.price) && capacity == other.capacity
                && Objects.equals(maxSeatsPerUser, other.maxSeatsPerUser);
    }
}
