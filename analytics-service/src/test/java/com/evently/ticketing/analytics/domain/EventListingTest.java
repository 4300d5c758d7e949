package com.evently.ticketing.analytics.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EventListingTest {

    @Test
    void everySessionOffersTheSeatsOfEveryTicketType() {
        EventListing listing = EventListing.published(UUID.randomUUID(), UUID.randomUUID(), "Java Day",
                sessions(2), ticketTypes(100, 25));

        assertThat(listing.lines()).hasSize(4);

        assertThat(listing.capacity()).isEqualTo(250);
    }

    @Test
    void refusesACapacityThatOverflows() {
        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() ->
                EventListing.published(UUID.randomUUID(), UUID.randomUUID(), "Huge", sessions(3),
                        ticketTypes(Integer.MAX_VALUE / 2)));
    }

    static List<UUID> sessions(int count) {
        return IntStream.range(0, count).mapToObj(session -> UUID.randomUUID()).toList();
    }

    static List<OfferedTicketType> ticketTypes(int... seatsPerSession) {
        return IntStream.of(seatsPerSession).mapToObj(seats -> new OfferedTicketType(UUID.randomUUID(), seats)).toList();
    }
}
