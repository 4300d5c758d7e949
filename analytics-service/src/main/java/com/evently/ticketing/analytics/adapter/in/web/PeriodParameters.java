package com.evently.ticketing.analytics.adapter.in.web;

import com.evently.ticketing.analytics.domain.ReportingPeriod;
import com.evently.ticketing.platform.domain.InvalidInput;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * {@code from}, {@code to} and {@code tz} of a dashboard or report, taken as text and parsed here so that a bad value
 * answers 400 naming the parameter. Days are ISO dates, both included; {@code tz} defaults to UTC, {@code to} to
 * today there and {@code from} to {@value ReportingPeriod#DEFAULT_DAYS} days before {@code to}.
 */
record PeriodParameters(String from, String to, String tz) {

    ReportingPeriod toPeriod(Clock clock) {
        ZoneId zone = present(tz) ? zoneOf(tz.strip()) : ZoneOffset.UTC;
        LocalDate last = present(to) ? dateOf("to", to.strip()) : LocalDate.now(clock.withZone(zone));
        if (!present(from)) {
            return ReportingPeriod.lastDaysUpTo(last, zone);
        }
        return new ReportingPeriod(dateOf("from", from.strip()), last, zone);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static ZoneId zoneOf(String value) {
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new InvalidInput("'tz' is not a time zone like Europe/Lisbon or UTC");
        }
    }

    private static LocalDate dateOf(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("'" + name + "' is not an ISO-8601 date like 2027-03-01");
        }
    }
}
