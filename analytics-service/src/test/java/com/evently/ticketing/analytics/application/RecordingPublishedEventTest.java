package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.domain.EventListing;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordingPublishedEventTest {

    private final UUID eventId = UUID.randomUUID();
    private final UUID organizerId = UUID.randomUUID();
    private final InMemoryEventStatistics statistics = new InMemoryEventStatistics();
    private final RecordingPublishedEvent recording = new RecordingPublishedEvent(statistics);

    @Test
    void listsTheEventWithEverySessionOfferingEveryTicketType() {
        recording.record(new RecordPublishedEventCommand(eventId, organizerId, "Java Day", 2, List.of(100, 25)));

        assertThat(statistics.listingOf(eventId))
                .contains(new EventListing(eventId, organizerId, "Java Day", 250));
    }

    @Test
    void listingAnEventKeepsTheSeatsAlreadyCounted() {
        statistics.addConfirmedBooking(eventId, 2);

        recording.record(new RecordPublishedEventCommand(eventId, organizerId, "Java Day", 1, List.of(40)));

        assertThat(statistics.findListed(eventId)).hasValueSatisfying(stats -> {
            assertThat(stats.capacity()).isEqualTo(40);
            assertThat(stats.confirmedSeats()).isEqualTo(2);
        });
    }

    @Test
    void capacityTooLargeToCountFailsLoudlyAndListsNothing() {
        RecordPublishedEventCommand huge = new RecordPublishedEventCommand(eventId, organizerId, "Java Day", 2,
                List.of(Integer.MAX_VALUE / 2 + 1));

        assertThatThrownBy(() -> recording.record(huge)).isInstanceOf(ArithmeticException.class);
        assertThat(statistics.listingOf(eventId)).isEmpty();
    }
}
