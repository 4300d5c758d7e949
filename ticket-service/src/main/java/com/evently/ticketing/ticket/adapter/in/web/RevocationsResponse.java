package com.evently.ticketing.ticket.adapter.in.web;

import com.evently.ticketing.ticket.domain.Revocation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A page of an event's revocation list, and the {@code since} to ask the next one from. A revocation committed a
 * moment after it was timed could be missed by a client asking from exactly that time on, so {@code next} lags
 * {@link #COMMIT_GRACE} behind now: the next request repeats a few entries, which a scanner applies again harmlessly.
 */
record RevocationsResponse(List<Revocation> items, Instant next) {

    static final Duration COMMIT_GRACE = Duration.ofSeconds(30);

    static RevocationsResponse of(List<Revocation> revocations, Instant since, Clock clock) {
        Instant next = clock.instant().minus(COMMIT_GRACE);
        return new RevocationsResponse(revocations, since != null && next.isBefore(since) ? since : next);
    }
}
