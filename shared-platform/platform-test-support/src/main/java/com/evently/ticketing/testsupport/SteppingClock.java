package com.evently.ticketing.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still at an instant until a test moves it on: to reach the end of a lifetime, a grace period
 * or a retry delay without waiting. Safe to read from the threads a test starts.
 */
public final class SteppingClock extends Clock {

    private volatile Instant now;

    public SteppingClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The services work in UTC; a zone asked for changes nothing. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
