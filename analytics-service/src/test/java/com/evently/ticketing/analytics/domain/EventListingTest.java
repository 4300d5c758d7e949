package com.evently.ticketing.analytics.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EventListingTest {

    @Test
    void everySessionOffersTheSeatsOfEveryTicketType() {
        EventListing listing = EventListing.published(UUID.randomUUID(), UUID.randomUUID(), "Java Day",
                2, List.of(100, 25));

        assertThat(listing.capacity()).isEqualTo(250);
    }

    @Test
    void refusesACapacityThatOverflows() {
        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() ->
                EventListing.published(UUID.randomUUID(), UUID.randomUUID(), "Huge", 3, List.of(Integer.MAX_VALUE / 2)));
    }
}
