package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.domain.BookingLine;
import com.evently.ticketing.analytics.domain.ConfirmedBooking;
import com.evently.ticketing.analytics.domain.LineCapacity;
import com.evently.ticketing.analytics.domain.OfferedTicketType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.evently.ticketing.analytics.application.TestListings.sessions;
import static com.evently.ticketing.analytics.application.TestListings.ticketTypes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordingPublishedEventTest {

    private final UUID eventId = UUID.randomUUID();
    private final UUID organizerId = UUID.randomUUID();
    private final InMemoryBookingFacts bookings = new InMemoryBookingFacts();
    private final InMemoryEventStatistics statistics = new InMemoryEventStatistics(bookings);
    private final RecordingPublishedEvent recording = new RecordingPublishedEvent(statistics);

    @Test
    void listsTheEventWithEverySessionOfferingEveryTicketType() {
        List<UUID> sessions = sessions(2);
        List<OfferedTicketType> ticketTypes = ticketTypes(100, 25);

        recording.record(new RecordPublishedEventCommand(eventId, organizerId, "Java Day", sessions, ticketTypes));

        assertThat(statistics.listingOf(eventId)).hasValueSatisfying(listing -> {
            assertThat(listing.capacity()).isEqualTo(250);
            assertThat(listing.lines()).contains(
                    new LineCapacity(sessions.get(1), ticketTypes.get(0).ticketTypeId(), 100),
                    new LineCapacity(sessions.get(0), ticketTypes.get(1).ticketTypeId(), 25));
        });
    }

    @Test
    void listingAnEventKeepsTheSeatsAlreadyCounted() {
        bookings.addConfirmed(new ConfirmedBooking(UUID.randomUUID(), UUID.randomUUID(), eventId,
                new BookingLine(UUID.randomUUID(), UUID.randomUUID(), 2), null, Instant.now()));

        recording.record(new RecordPublishedEventCommand(eventId, organizerId, "Java Day", sessions(1),
                ticketTypes(40)));

        assertThat(statistics.findListed(eventId)).hasValueSatisfying(stats -> {
            assertThat(stats.capacity()).isEqualTo(40);
            assertThat(stats.confirmedSeats()).isEqualTo(2);
        });
    }

    @Test
    void capacityTooLargeToCountFailsLoudlyAndListsNothing() {
        RecordPublishedEventCommand huge = new RecordPublishedEventCommand(eventId, organizerId, "Java Day",
                sessions(2), ticketTypes(Integer.MAX_VALUE / 2 + 1));

        assertThatThrownBy(() -> recording.record(huge)).isInstanceOf(ArithmeticException.class);
        assertThat(statistics.listingOf(eventId)).isEmpty();
    }
}
