package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.EventStatistics;
import com.evently.ticketing.analytics.domain.EventListing;
import com.evently.ticketing.analytics.domain.EventStats;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link EventStatistics} in a map, with the table's rules: listing and counting touch different fields. */
final class InMemoryEventStatistics implements EventStatistics {

    private final Map<UUID, EventListing> listings = new HashMap<>();
    private final Map<UUID, Integer> confirmedSeats = new HashMap<>();
    private final Map<UUID, Integer> confirmedBookings = new HashMap<>();

    @Override
    public void saveListing(EventListing listing) {
        listings.put(listing.eventId(), listing);
    }

    @Override
    public void addConfirmedBooking(UUID eventId, int seats) {
        confirmedSeats.merge(eventId, seats, Integer::sum);
        confirmedBookings.merge(eventId, 1, Integer::sum);
    }

    @Override
    public Optional<EventStats> findListed(UUID eventId) {
        return Optional.ofNullable(listings.get(eventId)).map(listing -> new EventStats(eventId,
                listing.organizerId(), listing.title(), listing.capacity(), confirmedSeats.getOrDefault(eventId, 0),
                confirmedBookings.getOrDefault(eventId, 0), 0));
    }

    /** Seats counted for the event, listed or not. */
    int confirmedSeatsOf(UUID eventId) {
        return confirmedSeats.getOrDefault(eventId, 0);
    }

    int confirmedBookingsOf(UUID eventId) {
        return confirmedBookings.getOrDefault(eventId, 0);
    }

    Optional<EventListing> listingOf(UUID eventId) {
        return Optional.ofNullable(listings.get(eventId));
    }
}
