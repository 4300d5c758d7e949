package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.application.port.out.KnownBookings;
import com.evently.ticketing.ticket.domain.KnownBooking;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** What was heard of bookings, in a map; the fast tests run one thing at a time, so locking is moot. */
final class InMemoryKnownBookings implements KnownBookings {

    private final Map<UUID, KnownBooking> known = new HashMap<>();

    @Override
    public KnownBooking lock(UUID bookingId) {
        return known.computeIfAbsent(bookingId, KnownBooking::unseen);
    }

    @Override
    public void save(KnownBooking booking) {
        known.put(booking.bookingId(), booking);
    }

    KnownBooking of(UUID bookingId) {
        return known.get(bookingId);
    }
}
