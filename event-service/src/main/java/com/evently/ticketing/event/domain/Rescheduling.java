package com.evently.ticketing.event.domain;

import com.evently.ticketing.platform.domain.InvalidInput;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How a copied event's sessions move in time. A shift in days, weeks or months keeps the wall-clock time in the
 * event's time zone (a 19:00 concert stays at 19:00 across a daylight-saving change); a shift in hours or
 * minutes is exact.
 */
public sealed interface Rescheduling {

    Instant move(Instant time, ZoneId zone);

    /** Moves by calendar days, weeks, months or years in the event's zone. */
    record ByPeriod(Period period) implements Rescheduling {

        public ByPeriod {
            Objects.requireNonNull(period, "period");
        }

        @Override
        public Instant move(Instant time, ZoneId zone) {
            return time.atZone(zone).plus(period).toInstant();
        }
    }

    /** Moves by an exact amount of time. */
    record ByDuration(Duration duration) implements Rescheduling {

        public ByDuration {
            Objects.requireNonNull(duration, "duration");
        }

        @Override
        public Instant move(Instant time, ZoneId zone) {
            return time.plus(duration);
        }
    }

    /** Moves the first session to start at {@code firstStart}, every other one by the same amount. */
    static Rescheduling startingAt(Instant currentFirstStart, Instant firstStart) {
        return new ByDuration(Duration.between(currentFirstStart, firstStart));
    }

    /**
     * Reads an ISO-8601 shift: a period such as {@code P7D}, {@code P1W} or {@code P1M}, or a duration such as
     * {@code PT36H}; negative shifts move back.
     */
    static Rescheduling parse(String shift) {
        String text = shift == null ? "" : shift.strip();
        try {
            return new ByPeriod(Period.parse(text));
        } catch (RuntimeException notAPeriod) {
            try {
                return new ByDuration(Duration.parse(text));
            } catch (RuntimeException notADuration) {
                throw new InvalidInput("shiftBy must be an ISO-8601 period or duration such as P7D or PT36H");
            }
        }
    }
}
