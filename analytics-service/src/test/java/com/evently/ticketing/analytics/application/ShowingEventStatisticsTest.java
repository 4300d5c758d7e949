package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.domain.BookingLine;
import com.evently.ticketing.analytics.domain.ConfirmedBooking;
import com.evently.ticketing.analytics.domain.EventCancellation;
import com.evently.ticketing.analytics.domain.EventStatus;
import com.evently.ticketing.analytics.domain.EventStats;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShowingEventStatisticsTest {

    private final UUID organizerId = UUID.randomUUID();
    private final UUID eventId = UUID.randomUUID();
    private final InMemoryBookingFacts bookings = new InMemoryBookingFacts();
    private final InMemoryEventStatistics statistics = new InMemoryEventStatistics(bookings);
    private final ShowingEventStatistics showing = new ShowingEventStatistics(statistics, new EmptyDashboards());

    @Test
    void organizerSeesTheFiguresOfTheirOwnEvent() {
        statistics.saveListing(TestListings.listing(eventId, organizerId, 40));
        bookings.addConfirmed(booking(2));

        EventStats stats = showing.show(eventId, TestCallers.organizer(organizerId));

        assertThat(stats.title()).isEqualTo("Java Day");
        assertThat(stats.capacity()).isEqualTo(40);
        assertThat(stats.confirmedSeats()).isEqualTo(2);
    }

    @Test
    void adminSeesAnyOrganizersEvent() {
        statistics.saveListing(TestListings.listing(eventId, organizerId, 40));

        assertThat(showing.show(eventId, TestCallers.admin()).eventId()).isEqualTo(eventId);
    }

    @Test
    void anotherOrganizerIsToldTheEventIsNotFound() {
        statistics.saveListing(TestListings.listing(eventId, organizerId, 40));

        assertThatThrownBy(() -> showing.show(eventId, TestCallers.organizer(UUID.randomUUID())))
                .isInstanceOfSatisfying(EventNotFound.class, e -> assertThat(e.eventId()).isEqualTo(eventId));
    }

    @Test
    void attendeeIsToldTheEventIsNotFound() {
        statistics.saveListing(TestListings.listing(eventId, organizerId, 40));

        assertThatThrownBy(() -> showing.show(eventId, TestCallers.attendee())).isInstanceOf(EventNotFound.class);
    }

    @Test
    void unknownEventIsNotFoundEvenForAnAdmin() {
        assertThatThrownBy(() -> showing.show(eventId, TestCallers.admin()))
                .isInstanceOfSatisfying(EventNotFound.class, e -> assertThat(e.eventId()).isEqualTo(eventId));
    }

    @Test
    void eventWithBookingsButNoListingYetIsNotFound() {
        bookings.addConfirmed(booking(3));

        assertThatThrownBy(() -> showing.show(eventId, TestCallers.admin())).isInstanceOf(EventNotFound.class);
    }

    @Test
    void cancelledEventShowsWhenItWasCancelled() {
        Instant cancelledAt = Instant.parse("2027-02-01T10:00:00Z");
        statistics.saveListing(TestListings.listing(eventId, organizerId, 40));
        new RecordingEventCancellation(statistics).record(new EventCancellation(eventId, "Venue flooded", cancelledAt));

        EventStats stats = showing.show(eventId, TestCallers.admin());

        assertThat(stats.status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(stats.cancelledAt()).isEqualTo(cancelledAt);
    }

    private ConfirmedBooking booking(int seats) {
        return new ConfirmedBooking(UUID.randomUUID(), UUID.randomUUID(), eventId,
                new BookingLine(UUID.randomUUID(), UUID.randomUUID(), seats), null, Instant.now());
    }
}
