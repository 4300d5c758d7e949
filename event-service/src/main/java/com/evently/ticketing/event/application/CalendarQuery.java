package com.evently.ticketing.event.application;

import com.evently.ticketing.platform.domain.InvalidInput;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * Days of the calendar, in the reader's time zone: every session starting on {@code firstDay} to {@code lastDay}
 * (both included) of published and completed events, of one organizer when {@code organizerId} is given.
 */
public record CalendarQuery(LocalDate firstDay, LocalDate lastDay, ZoneId zone, UUID organizerId) {

    /** A quarter at most: a calendar is read a month or a week at a time. */
    public static final int MAX_DAYS = 92;

    public CalendarQuery {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(zone, "zone");
        if (lastDay.isBefore(firstDay)) {
            throw new InvalidInput("'to' must not be before 'from'");
        }
        if (ChronoUnit.DAYS.between(firstDay, lastDay) >= MAX_DAYS) {
            throw new InvalidInput("a calendar spans at most " + MAX_DAYS + " days");
        }
    }
}
