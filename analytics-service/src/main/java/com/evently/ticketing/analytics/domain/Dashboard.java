package com.evently.ticketing.analytics.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The figures of a dashboard. "In the period" means booked, cancelled, offered or registered on one of its days.
 *
 * @param eventsByStatus   the events in scope by their status now (not bound to the period)
 * @param bookings         bookings made in the period (registrations), whatever became of them
 * @param seatsSold        seats those bookings hold now (edits included, cancelled ones not)
 * @param seatsEverSold    seats those bookings hold now or held when cancelled
 * @param cancellations    bookings cancelled in the period, and their seats
 * @param revenue          per currency: seats sold × the price of a seat on their line; never converted
 * @param newUsers         accounts created in the period; null for an organizer, whose scope has no users
 * @param seatsHeld        seats held now by standing bookings of events in scope that still run…
 * @param capacity         …and the seats those events offer: occupancy, not bound to the period
 * @param offers           waiting-list offers made in the period…
 * @param offersTaken      …and those the offered user followed with a booking of the event before the offer expired
 * @param checkIns         tickets admitted in the period (by scan time), each ticket once
 * @param checkedInHeld    of the {@code seatsHeld}, those whose ticket was admitted: the check-in rate
 */
public record Dashboard(Scope scope, ReportingPeriod period, Map<EventStatus, Integer> eventsByStatus, int bookings,
                        int seatsSold, int seatsEverSold, int cancellations, int cancelledSeats,
                        Map<String, BigDecimal> revenue, Integer newUsers, long seatsHeld, long capacity, int offers,
                        int offersTaken, int checkIns, long checkedInHeld, List<DayFigures> daily,
                        List<TopEvent> topEvents) {

    public Dashboard {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(period, "period");
        eventsByStatus = Map.copyOf(eventsByStatus);
        revenue = Map.copyOf(revenue);
        daily = List.copyOf(daily);
        topEvents = List.copyOf(topEvents);
    }

    public BigDecimal occupancyPercent() {
        return Percent.of(seatsHeld, capacity);
    }

    /** Seats of the period's bookings that were cancelled, per seat those bookings ever held. */
    public BigDecimal cancellationRate() {
        return Percent.of((long) seatsEverSold - seatsSold, seatsEverSold);
    }

    /** Seats held now (events that still run) whose ticket was admitted, per seat held. */
    public BigDecimal checkInRate() {
        return Percent.of(checkedInHeld, seatsHeld);
    }

    public BigDecimal waitlistConversionPercent() {
        return Percent.of(offersTaken, offers);
    }

    /** An event among those that sold most seats in the period. */
    public record TopEvent(UUID eventId, String title, int seatsSold, int bookings) {
    }
}
