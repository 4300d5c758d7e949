package com.evently.ticketing.platform.domain;

import java.util.Objects;

/**
 * What a domain factory hands back when it creates an aggregate that other services must hear about: the
 * aggregate and the domain event its creation caused, so the application layer stores the one and announces
 * the other without building either itself. (A mutating method on an aggregate that is already held returns
 * just the event, as {@code Event.publish} does.)
 *
 * @param <A> the aggregate
 * @param <E> the domain event it caused
 */
public record Changed<A, E>(A aggregate, E event) {

    public Changed {
        Objects.requireNonNull(aggregate, "aggregate");
        Objects.requireNonNull(event, "event");
    }
}
