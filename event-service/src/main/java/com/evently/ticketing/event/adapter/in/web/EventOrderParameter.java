package com.evently.ticketing.event.adapter.in.web;

import com.evently.ticketing.platform.domain.InvalidInput;
import com.evently.ticketing.event.application.EventOrder;
import com.evently.ticketing.event.application.EventOrder.Direction;
import com.evently.ticketing.event.application.EventOrder.Key;

import java.util.Locale;
import java.util.Map;

/** Reads {@code sort=startsAt}, {@code sort=title,desc}: a known key and an optional direction. */
final class EventOrderParameter {

    private static final Map<String, Key> KEYS = Map.of("startsAt", Key.STARTS_AT, "title", Key.TITLE);
    private static final Map<String, Direction> DIRECTIONS = Map.of("asc", Direction.ASCENDING, "desc", Direction.DESCENDING);

    /** @throws IllegalArgumentException naming what is accepted, for an unknown key or direction */
    static EventOrder parse(String sort) {
        if (sort == null || sort.isBlank()) {
            return EventOrder.SOONEST_FIRST;
        }
        String[] parts = sort.split(",", -1);
        Key key = KEYS.get(parts[0].strip());
        if (key == null || parts.length > 2) {
            throw new InvalidInput("sort must be startsAt or title, optionally followed by ,asc or ,desc");
        }
        if (parts.length == 1) {
            return new EventOrder(key, Direction.ASCENDING);
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
