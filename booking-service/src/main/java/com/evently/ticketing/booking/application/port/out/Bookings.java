package com.evently.ticketing.booking.application.port.out;

import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingId;
import com.evently.ticketing.booking.domain.BookingPage;
import com.evently.ticketing.booking.domain.BookingSearch;
import com.evently.ticketing.booking.domain.InventoryLineKey;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface Bookings {

    void add(Booking booking);

    Optional<Booking> find(BookingId id);

    /**
     * Reads a booking and holds it against every other change until the current transaction ends. Whoever changes a
     * booking takes it before any inventory line, so this is always the first lock of such a transaction.
     */
    Optional<Booking> lock(BookingId id);

    /** Stores a changed booking (status, line, seats, revision, answer, new history); it must be locked. */
    void update(Booking booking);

    /** Seats of the line held by the user's confirmed bookings; read under the line's lock, it cannot go stale. */
    int seatsHeldBy(UUID userId, InventoryLineKey line);

    /**
     * Holds the user's seats of the line against their own concurrent sales until the current transaction ends. A
     * sale holds only one bucket of its line, so two sales of one buyer could otherwise both count the seats held
     * before either and together pass the per-user limit. Taken before any bucket; nothing else waits for it.
     */
    void lockSeatsHeldBy(UUID userId, InventoryLineKey line);

    /** A page of bookings, newest first. */
    BookingPage search(BookingSearch search);

    /**
     * Locks up to {@code limit} confirmed bookings of cancelled events, skipping those another transaction holds
     * (another replica's batch, a buyer cancelling): each batch gets bookings nobody else is working on.
     */
    List<Booking> lockConfirmedOfCancelledEvents(int limit);
}
