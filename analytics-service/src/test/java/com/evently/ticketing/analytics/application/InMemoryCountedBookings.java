package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.CountedBookings;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** {@link CountedBookings} as a set of booking ids. */
final class InMemoryCountedBookings implements CountedBookings {

    private final Set<UUID> counted = new HashSet<>();

    @Override
    public boolean markCounted(UUID bookingId, UUID eventId, int seats) {
        return counted.add(bookingId);
    }
}
