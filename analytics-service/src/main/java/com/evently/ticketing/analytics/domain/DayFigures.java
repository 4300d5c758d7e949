package com.evently.ticketing.analytics.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of a period in its zone: bookings made that day (and the seats they hold now), bookings cancelled that day
 * (and the seats they held), tickets admitted that day (by their scan time). A series has every day of the period,
 * zeros included, so a chart needs no gap filling.
 */
public record DayFigures(LocalDate date, int bookings, int seats, int cancellations, int cancelledSeats,
                         int checkIns) {

    public DayFigures {
        Objects.requireNonNull(date, "date");
    }
}
