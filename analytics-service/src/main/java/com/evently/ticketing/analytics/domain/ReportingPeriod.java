package com.evently.ticketing.analytics.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The days a dashboard or report covers, {@code from} and {@code to} both included, as calendar days of
 * {@code zone}: the daily series and "per day" dimensions cut days at the viewer's midnight, not UTC's.
 */
public record ReportingPeriod(LocalDate from, LocalDate to, ZoneId zone) {

    /** A daily series longer than a leap year is a report, not a dashboard. */
    public static final int MAX_DAYS = 366;
    public static final int DEFAULT_DAYS = 30;

    public ReportingPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        zone = zone.normalized();
        if (zone instanceof ZoneOffset offset && offset.getTotalSeconds() != 0) {
            // a fixed offset has no daylight saving, so its "days" drift from the viewer's: ask for the region
            throw new InvalidInput("'tz' is a time-zone region like Europe/Lisbon, or UTC");
        }
        if (to.isBefore(from)) {
            throw new InvalidInput("'from' must not be after 'to'");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new InvalidInput("a period covers at most " + MAX_DAYS + " days");
        }
    }

    /** The {@link #DEFAULT_DAYS} days up to and including {@code today}. */
    public static ReportingPeriod lastDaysUpTo(LocalDate today, ZoneId zone) {
        return new ReportingPeriod(today.minusDays(DEFAULT_DAYS - 1), today, zone);
    }

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period (exclusive end, so consecutive periods never overlap). */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
