package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.domain.EventRetitling;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RecordingEventRetitlingTest {

    private final UUID eventId = UUID.randomUUID();
    private final InMemoryEventStatistics statistics = new InMemoryEventStatistics();
    private final RecordingEventRetitling recording = new RecordingEventRetitling(statistics);

    @Test
    void newerVersionRenamesTheEventAndAnOlderOneDoesNot() {
        statistics.saveListing(TestListings.listing(eventId, UUID.randomUUID(), 10));

        recording.record(new EventRetitling(eventId, "Java Day 2027", 3));
        recording.record(new EventRetitling(eventId, "Java Day (draft)", 2));

        assertThat(statistics.listingOf(eventId)).hasValueSatisfying(listing ->
                assertThat(listing.title()).isEqualTo("Java Day 2027"));
    }

    @Test
    void updateOfAnEventNotListedYetListsNothing() {
        recording.record(new EventRetitling(eventId, "Java Day 2027", 3));

        assertThat(statistics.listingOf(eventId)).isEmpty();
    }
}
