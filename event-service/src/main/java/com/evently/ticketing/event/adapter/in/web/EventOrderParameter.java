package com.evently.ticketing.event.adapter.in.web;

import com.evently.ticketing.event.domain.EventOrder.Direction;
import com.evently.ticketing.event.domain.EventOrder.Key;
import com.evently.ticketing.event.domain.EventOrder;
import com.evently.ticketing.platform.domain.InvalidInput;

import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code sort=startsAt}, {@code sort=title,desc}, {@code sort=relevance}: a known key and an optional
 * direction ({@code date} is {@code startsAt}). Without one, a text search is sorted by relevance, anything else
 * soonest first.
 */
final class EventOrderParameter {

    private static final Map<String, Key> KEYS = Map.of("startsAt", Key.STARTS_AT, "date", Key.STARTS_AT,
            "title", Key.TITLE, "relevance", Key.RELEVANCE);
    private static final Map<String, Direction> DIRECTIONS = Map.of("asc", Direction.ASCENDING, "desc", Direction.DESCENDING);

    /** @throws IllegalArgumentException naming what is accepted, for an unknown key or direction */
    static EventOrder parse(String sort, boolean textSearch) {
        if (sort == null || sort.isBlank()) {
            return textSearch ? EventOrder.MOST_RELEVANT_FIRST : EventOrder.SOONEST_FIRST;
        }
        String[] parts = sort.split(",", -1);
        Key key = KEYS.get(parts[0].strip());
        if (key == null || parts.length > 2) {
            throw new InvalidInput("sort must be relevance, startsAt (or date) or title, optionally followed by ,asc or ,desc");
        }
        if (parts.length == 1) {
            // the most relevant first is what "by relevance" means; dates and titles read upwards
            return new EventOrder(key, key == Key.RELEVANCE ? Direction.DESCENDING : Direction.ASCENDING);
        }
        Direction direction = DIRECTIONS.get(parts[1].strip().toLowerCase(Locale.ROOT));
        if (direction == null) {
            throw new InvalidInput("sort direction must be asc or desc");
        }
        return new EventOrder(key, direction);
    }

    private EventOrderParameter() {
    }
}
