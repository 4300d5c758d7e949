package com.evently.ticketing.analytics.application.port.out;

import com.evently.ticketing.analytics.domain.EventCancellation;
import com.evently.ticketing.analytics.domain.EventListing;
import com.evently.ticketing.analytics.domain.EventRetitling;
import com.evently.ticketing.analytics.domain.EventStats;

import java.util.Optional;
import java.util.UUID;

/**
 * The events analytics knows and their figures, aggregated from the {@link BookingFacts}. Listing and cancelling
 * touch different fields, so either may come first.
 */
public interface EventStatistics {

    /** Stores or refreshes what the catalog says about the event and its lines; never revives a cancelled one. */
    void saveListing(EventListing listing);

    /** Takes the title of a newer catalog version; does nothing for an event not listed yet or an older version. */
    void retitle(EventRetitling retitling);

    /** Marks the event cancelled, listed or not yet; a second cancellation keeps the first one's time. */
    void markCancelled(EventCancellation cancellation);

    /** The figures of a listed event; empty while it is unknown or only its bookings have been seen. */
    Optional<EventStats> findListed(UUID eventId);
}
