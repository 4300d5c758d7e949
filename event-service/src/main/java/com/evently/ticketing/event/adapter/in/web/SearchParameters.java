package com.evently.ticketing.event.adapter.in.web;

import com.evently.ticketing.event.domain.EventStatus;
import com.evently.ticketing.platform.domain.InvalidInput;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Reads the list and calendar parameters that are more than one type can say, with a 400 for anything else. */
final class SearchParameters {

    /** {@code from}/{@code to}: a day in the event's own zone ({@code 2027-03-01}) or an instant with offset. */
    sealed interface Bound {
        record Day(LocalDate date) implements Bound {
        }

        record At(Instant instant) implements Bound {
        }
    }

    static Bound bound(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return text.length() == 10 ? new Bound.Day(LocalDate.parse(text))
                    : new Bound.At(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name + " must be a date (2027-03-01) or a date-time with offset "
                    + "(2027-03-01T09:00:00Z, + written %2B)");
        }
    }

    static Instant instantOf(Bound bound) {
        return bound instanceof Bound.At at ? at.instant() : null;
    }

    static LocalDate dayOf(Bound bound) {
        return bound instanceof Bound.Day day ? day.date() : null;
    }

    static Set<EventStatus> statuses(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        Set<EventStatus> statuses = EnumSet.noneOf(EventStatus.class);
        for (String name : value.split(",")) {
            try {
                statuses.add(EventStatus.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("status must be a comma-separated list of " + Arrays.toString(EventStatus.values()));
            }
        }
        return statuses;
    }

    static Currency currency(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("currency must be an ISO 4217 code such as EUR");
        }
    }

    static ZoneId zone(String id) {
        if (id == null || id.isBlank()) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(id.strip());
        } catch (RuntimeException e) {
            throw new InvalidInput("timeZone must be an IANA time zone such as Europe/Lisbon");
        }
    }

    static YearMonth month(String value) {
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("month must be a year and month such as 2027-03");
        }
    }

    static LocalDate day(String name, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name + " must be a date such as 2027-03-01");
        }
    }

    private SearchParameters() {
    }
}
