package com.evently.ticketing.analytics.application.port.out;

import com.evently.ticketing.analytics.domain.EventListing;
import com.evently.ticketing.analytics.domain.EventStats;

import java.util.Optional;
import java.util.UUID;

/** The per-event sales figures. Listing and counting touch different fields, so either may come first. */
public interface EventStatistics {

    /** Stores or refreshes what the catalog says about the event, keeping any seats already counted. */
    void saveListing(EventListing listing);

    /** Adds one booking of {@code seats} to the event, whether or not the event is listed yet. */
    void addConfirmedBooking(UUID eventId, int seats);

    /** The figures of a listed event; empty while it is unknown or only its bookings have been seen. */
    Optional<EventStats> findListed(UUID eventId);
}
