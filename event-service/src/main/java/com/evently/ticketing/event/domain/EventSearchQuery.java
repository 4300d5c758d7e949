package com.evently.ticketing.event.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import com.evently.ticketing.platform.domain.Paging;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A page of events, as a caller asks for it; which events the caller may see is decided apart, as an
 * {@link EventListing}. Every criterion is optional (null, false or empty for "any").
 *
 * @param text          full-text search over title, venue and description, ignoring case and accents; each word
 *                      also matches as the beginning of a longer one (type-ahead)
 * @param startsFrom    a session starts at or after this instant
 * @param startsBefore  ... and before this one
 * @param firstDay      a session starts on or after this day, in the event's own time zone
 * @param lastDay       ... and on or before this one
 * @param onlyAvailable only events with seats left in a session that has not ended, as booking last reported
 * @param ticketType    a ticket type of this name, ignoring case
 * @param price         a ticket type priced within this range
 * @param venue         a venue containing this text, ignoring case
 * @param organizerId   events of this organizer only
 * @param mine          the caller's own events only, in every status unless {@code statuses} says otherwise
 * @param statuses      these statuses only; empty for the default of the listing
 * @param page          zero-based page number
 * @param size          items per page, 1 to {@value #MAX_PAGE_SIZE}
 */
public record EventSearchQuery(String text, Instant startsFrom, Instant startsBefore, LocalDate firstDay,
                               LocalDate lastDay, boolean onlyAvailable, String ticketType, PriceRange price,
                               String venue, UUID organizerId, boolean mine, Set<EventStatus> statuses,
                               int page, int size, EventOrder order) {

    public static final int MAX_PAGE_SIZE = 100;

    public EventSearchQuery {
        text = blankToNull(text);
        ticketType = blankToNull(ticketType);
        venue = blankToNull(venue);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        if (startsFrom != null && startsBefore != null && !startsBefore.isAfter(startsFrom)) {
            throw new InvalidInput("'to' must be after 'from'");
        }
        if (firstDay != null && lastDay != null && lastDay.isBefore(firstDay)) {
            throw new InvalidInput("'to' must not be before 'from'");
        }
        Paging.check(page, size, MAX_PAGE_SIZE);
        Objects.requireNonNull(order, "order");
        if (order.key() == EventOrder.Key.RELEVANCE && text == null) {
            throw new InvalidInput("sort=relevance needs a search text q");
        }
    }

    /** The published events a page of which the public browses, soonest first. */
    public static EventSearchQuery publicPage(String text, int page, int size) {
        return new EventSearchQuery(text, null, null, null, null, false, null, null, null, null, false, Set.of(),
                page, size, EventOrder.SOONEST_FIRST);
    }

    public long offset() {
        return (long) page * size;
    }

    /**
     * Prices compare only within one currency, so a bound needs it; a currency alone asks for a ticket type in it.
     *
     * @param min inclusive, or null
     * @param max inclusive, or null
     */
    public record PriceRange(BigDecimal min, BigDecimal max, Currency currency) {

        public PriceRange {
            Objects.requireNonNull(currency, "currency");
            if (min != null && min.signum() < 0 || max != null && max.signum() < 0) {
                throw new InvalidInput("prices are not negative");
            }
            if (min != null && max != null && max.compareTo(min) < 0) {
                throw new InvalidInput("maxPrice must not be below minPrice");
            }
        }

        /** @return null when nothing about prices was asked */
        public static PriceRange of(BigDecimal min, BigDecimal max, Currency currency) {
            if (currency == null) {
                if (min != null || max != null) {
                    throw new InvalidInput("minPrice and maxPrice need a currency");
                }
                return null;
            }
            return new PriceRange(min, max, currency);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
