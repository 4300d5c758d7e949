package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.domain.EventListing;
import com.evently.ticketing.analytics.domain.EventStats;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShowingEventStatisticsTest {

    private final UUID organizerId = UUID.randomUUID();
    private final UUID eventId = UUID.randomUUID();
    private final InMemoryEventStatistics statistics = new InMemoryEventStatistics();
    private final ShowingEventStatistics showing = new ShowingEventStatistics(statistics);

    @Test
    void organizerSeesTheFiguresOfTheirOwnEvent() {
        statistics.saveListing(new EventListing(eventId, organizerId, "Java Day", 40));
        statistics.addConfirmedBooking(eventId, 2);

        EventStats stats = showing.show(eventId, TestCallers.organizer(organizerId));

        assertThat(stats.title()).isEqualTo("Java Day");
        assertThat(stats.capacity()).isEqualTo(40);
        assertThat(stats.confirmedSeats()).isEqualTo(2);
    }

    @Test
    void adminSeesAnyOrganizersEvent() {
        statistics.saveListing(new EventListing(eventId, organizerId, "Java Day", 40));

        assertThat(showing.show(eventId, TestCallers.admin()).eventId()).isEqualTo(eventId);
    }

    @Test
    void anotherOrganizerIsToldTheEventIsNotFound() {
        statistics.saveListing(new EventListing(eventId, organizerId, "Java Day", 40));

        assertThatThrownBy(() -> showing.show(eventId, TestCallers.organizer(UUID.randomUUID())))
                .isInstanceOfSatisfying(EventNotFound.class, e -> assertThat(e.eventId()).isEqualTo(eventId));
    }

    @Test
    void attendeeIsToldTheEventIsNotFound() {
        statistics.saveListing(new EventListing(eventId, organizerId, "Java Day", 40));

        assertThatThrownBy(() -> showing.show(eventId, TestCallers.attendee())).isInstanceOf(EventNotFound.class);
    }

    @Test
    void unknownEventIsNotFoundEvenForAnAdmin() {
        assertThatThrownBy(() -> showing.show(eventId, TestCallers.admin()))
                .isInstanceOfSatisfying(EventNotFound.class, e -> assertThat(e.eventId()).isEqualTo(eventId));
    }

    @Test
    void eventWithBookingsButNoListingYetIsNotFound() {
        statistics.addConfirmedBooking(eventId, 3);

        assertThatThrownBy(() -> showing.show(eventId, TestCallers.admin())).isInstanceOf(EventNotFound.class);
    }
}
