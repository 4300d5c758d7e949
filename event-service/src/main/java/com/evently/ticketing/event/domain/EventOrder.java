package com.evently.ticketing.event.domain;

import java.util.Objects;

/** How a page of events is ordered. Ties are broken by id so that pages never overlap or skip. */
public record EventOrder(Key key, Direction direction) {

    public static final EventOrder SOONEST_FIRST = new EventOrder(Key.STARTS_AT, Direction.ASCENDING);
    public static final EventOrder MOST_RELEVANT_FIRST = new EventOrder(Key.RELEVANCE, Direction.DESCENDING);

    public enum Key {
        /** When the event's first session starts. */
        STARTS_AT,
        /** The title, ignoring case. */
        TITLE,
        /** How well the event matches the search text: title matches before all others, then by rank. */
        RELEVANCE
    }

    public enum Direction {
        ASCENDING,
        DESCENDING
    }

    public EventOrder {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(direction, "direction");
    }
}
