package com.evently.ticketing.analytics.domain;

import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.InvalidInput;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * How a listed event is selling, in total, per line and per cancellation cause (see {@link SeatCounts} for what
 * counts as confirmed and as cancelled). Percentages are rounded half-up to one decimal.
 *
 * @param cancelledAt when the catalog called the event off; null while it runs
 * @param tickets     its tickets: valid, transferred and void
 */
public record EventStats(UUID eventId, UUID organizerId, String title, EventStatus status, Instant cancelledAt,
                         int capacity, SeatCounts seats, List<LineStats> lines,
                         Map<CancellationCause, Integer> cancelledSeatsByCause, TicketCounts tickets) {

    public EventStats {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(organizerId, "organizerId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(seats, "seats");
        Objects.requireNonNull(tickets, "tickets");
        if (capacity < 0) {
            throw new InvalidInput("capacity must not be negative");
        }
        if ((status == EventStatus.CANCELLED) != (cancelledAt != null)) {
            throw new InvalidInput("a cancelled event, and only one, has a cancellation time");
        }
        lines = List.copyOf(lines);
        cancelledSeatsByCause = Map.copyOf(cancelledSeatsByCause);
    }

    public int confirmedSeats() {
        return seats.confirmedSeats();
    }

    public int cancelledSeats() {
        return seats.cancelledSeats();
    }

    /** Confirmed seats per seat on offer, in percent; 0 while nothing is on offer. Above 100 if oversold. */
    public BigDecimal occupancyPercent() {
        return Percent.of(seats.confirmedSeats(), capacity);
    }

    /** Cancelled seats per seat ever sold (still held or cancelled), in percent; 0 before any sale. */
    public BigDecimal cancellationRate() {
        return seats.cancellationRate();
    }

    /** Tickets of the event admitted at the door, each once. */
    public int checkedIn() {
        return lines.stream().mapToInt(LineStats::checkedIn).sum();
    }

    /** Revenue of the seats held now, per currency (a currency per ticket type; never converted). */
    public Map<String, BigDecimal> revenue() {
        Map<String, BigDecimal> revenue = new TreeMap<>();
        lines.stream().map(LineStats::revenue).filter(Objects::nonNull)
                .forEach(line -> revenue.merge(line.currency(), line.amount(), BigDecimal::add));
        return revenue;
    }

    /** Admins see every event, an organizer only their own. */
    public boolean isVisibleTo(Caller actor) {
        return actor.isAdmin() || organizerId.equals(actor.id());
    }
}
