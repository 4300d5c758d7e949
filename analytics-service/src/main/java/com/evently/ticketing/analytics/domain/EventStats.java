package com.evently.ticketing.analytics.domain;

import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.InvalidInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.UUID;

/**
 * How a listed event is selling. {@code confirmedSeats} are the seats confirmed and still held;
 * {@code cancelledSeats} were confirmed once and given back. Percentages are rounded half-up to one decimal.
 */
public record EventStats(UUID eventId, UUID organizerId, String title, int capacity,
                         int confirmedSeats, int confirmedBookings, int cancelledSeats) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int PERCENT_SCALE = 1;

    public EventStats {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(organizerId, "organizerId");
        Objects.requireNonNull(title, "title");
        if (capacity < 0 || confirmedSeats < 0 || confirmedBookings < 0 || cancelledSeats < 0) {
            throw new InvalidInput("counts must not be negative");
        }
    }

    /** Confirmed seats per seat on offer, in percent; 0 while nothing is on offer. Above 100 if oversold. */
    public BigDecimal occupancyPercent() {
        return percentage(confirmedSeats, capacity);
    }

    /** Cancelled seats per seat ever confirmed (still held or cancelled), in percent; 0 before any sale. */
    public BigDecimal cancellationRate() {
        return percentage(cancelledSeats, (long) confirmedSeats + cancelledSeats);
    }

    /** Admins see every event, an organizer only their own. */
    public boolean isVisibleTo(Caller actor) {
        return actor.isAdmin() || organizerId.equals(actor.id());
    }

    private static BigDecimal percentage(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(PERCENT_SCALE);
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(whole), PERCENT_SCALE, RoundingMode.HALF_UP);
    }
}
