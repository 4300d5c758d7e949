package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.in.RecordConfirmedBooking;
import com.evently.ticketing.analytics.application.port.in.RecordConfirmedBookingCommand;
import com.evently.ticketing.analytics.application.port.in.RecordPublishedEvent;
import com.evently.ticketing.analytics.application.port.in.RecordPublishedEventCommand;
import com.evently.ticketing.analytics.application.port.out.CountedBookings;
import com.evently.ticketing.analytics.application.port.out.EventStatistics;
import com.evently.ticketing.analytics.domain.EventListing;

/**
 * Builds the event statistics from catalog and booking events. Callers run each method in one transaction
 * (the consumer's inbox transaction), so marking a booking counted and adding its seats commit together.
 */
public class EventStatisticsProjection implements RecordPublishedEvent, RecordConfirmedBooking {

    private final EventStatistics statistics;
    private final CountedBookings countedBookings;

    public EventStatisticsProjection(EventStatistics statistics, CountedBookings countedBookings) {
        this.statistics = statistics;
        this.countedBookings = countedBookings;
    }

    @Override
    public void recordPublishedEvent(RecordPublishedEventCommand command) {
        statistics.saveListing(EventListing.published(command.eventId(), command.organizerId(), command.title(),
                command.sessionCount(), command.seatsPerTicketType()));
    }

    @Override
    public void recordConfirmedBooking(RecordConfirmedBookingCommand command) {
        if (countedBookings.markCounted(command.bookingId(), command.eventId(), command.seats())) {
            statistics.addConfirmedBooking(command.eventId(), command.seats());
        }
    }
}
