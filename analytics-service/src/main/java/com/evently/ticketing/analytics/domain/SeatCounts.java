package com.evently.ticketing.analytics.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.math.BigDecimal;

/**
 * Seats and bookings of an event or of one of its lines. {@code confirmedSeats} are held now by bookings that stand
 * (an edit moves them with the booking); {@code cancelledSeats} are the seats cancelled bookings held when they were
 * cancelled, for whatever cause. Seats an edit gave back are neither: the booking still stands.
 */
public record SeatCounts(int confirmedSeats, int confirmedBookings, int cancelledSeats, int cancelledBookings) {

    public static final SeatCounts NONE = new SeatCounts(0, 0, 0, 0);

    public SeatCounts {
        if (confirmedSeats < 0 || confirmedBookings < 0 || cancelledSeats < 0 || cancelledBookings < 0) {
            throw new InvalidInput("counts must not be negative");
        }
    }

    /** Cancelled seats per seat ever sold (still held or cancelled), in percent; 0 before any sale. */
    public BigDecimal cancellationRate() {
        return Percent.of(cancelledSeats, (long) confirmedSeats + cancelledSeats);
    }
}
