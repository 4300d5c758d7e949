package com.evently.ticketing.booking.domain;

import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Changed;
import com.evently.ticketing.platform.domain.InvalidInput;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Seats of one inventory line sold to one buyer; every seat has an id of its own. */
public record Booking(
        BookingId id,
        Buyer buyer,
        InventoryLineKey line,
        int quantity,
        BookingStatus status,
        List<SeatId> seats,
        Instant createdAt) {

    public Booking {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        seats = List.copyOf(seats);
        if (quantity < 1 || seats.size() != quantity) {
            throw new InvalidInput("a booking of " + quantity + " seat(s) must carry as many seat ids, had " + seats.size());
        }
    }

    /**
     * A confirmed booking of {@code quantity} new seats, with the {@link BookingConfirmedEvent} it causes: call it
     * only after the line gave up those seats. {@code event} is the catalog's snapshot of the event it is for.
     */
    public static Changed<Booking, BookingConfirmedEvent> confirm(BookingId id, Buyer buyer, InventoryLineKey line,
                                                                  int quantity, EventSnapshot event, Instant createdAt) {
        List<SeatId> seats = Stream.generate(SeatId::random).limit(quantity).toList();
        Booking booking = new Booking(id, buyer, line, quantity, BookingStatus.CONFIRMED, seats, createdAt);
        return new Changed<>(booking, new BookingConfirmedEvent(booking, event, createdAt));
    }

    /** The buyer sees their own bookings, an admin sees all; to anybody else the booking does not exist. */
    public boolean isVisibleTo(Caller actor) {
        return actor.isAdmin() || buyer.userId().equals(actor.id());
    }
}
