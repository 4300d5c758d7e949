package com.evently.ticketing.analytics.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * How one line of an event is selling.
 *
 * @param capacity null for a line the catalog's listing did not name (bookings announced before their listing, or
 *                 counted before lines were recorded)
 * @param revenue  of the seats held now; null while none of them carried a price
 * @param checkedIn tickets of the line admitted at the door (each ticket once)
 */
public record LineStats(UUID sessionId, UUID ticketTypeId, Integer capacity, SeatCounts seats, Revenue revenue,
                        int checkedIn) {

    public LineStats {
        Objects.requireNonNull(seats, "seats");
    }

    public BigDecimal occupancyPercent() {
        return Percent.of(seats.confirmedSeats(), capacity == null ? 0 : capacity);
    }

    /**
     * Seats no standing booking holds, never below 0; null without a capacity. Seats held for a waiting-list offer
     * are not announced as bookings, so booking-service's own count may be lower while an offer is open.
     */
    public Integer available() {
        return capacity == null ? null : Math.max(0, capacity - seats.confirmedSeats());
    }
}
