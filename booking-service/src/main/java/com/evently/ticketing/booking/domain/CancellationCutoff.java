package com.evently.ticketing.booking.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** How long before its session starts a booking can no longer be cancelled; zero means until the start. */
public record CancellationCutoff(Duration beforeSessionStart) {

    public static final CancellationCutoff AT_SESSION_START = new CancellationCutoff(Duration.ZERO);

    public CancellationCutoff {
        Objects.requireNonNull(beforeSessionStart, "beforeSessionStart");
        if (beforeSessionStart.isNegative()) {
            throw new InvalidInput("a cancellation cut-off cannot lie after the session start");
        }
    }

    public Instant closesAt(EventSnapshot.Session session) {
        return session.startsAt().minus(beforeSessionStart);
    }
}
