package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.domain.EventListing;
import com.evently.ticketing.analytics.domain.OfferedTicketType;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** Published events for the fast tests: fresh session and ticket-type ids, only the seats matter. */
final class TestListings {

    static List<UUID> sessions(int count) {
        return IntStream.range(0, count).mapToObj(session -> UUID.randomUUID()).toList();
    }

    static List<OfferedTicketType> ticketTypes(int... seatsPerSession) {
        return IntStream.of(seatsPerSession).mapToObj(seats -> new OfferedTicketType(UUID.randomUUID(), seats)).toList();
    }

    static EventListing listing(UUID eventId, UUID organizerId, int seats) {
        return EventListing.published(eventId, organizerId, "Java Day", sessions(1), ticketTypes(seats));
    }

    private TestListings() {
    }
}
