package com.evently.ticketing.load.report;

import java.math.BigDecimal;

/**
 * How a scenario's load arrived, and how the report names it. A closed model's clients each send their next request
 * when the last was answered, so a slow suite slows the load down; an open model's arrivals keep their rate whatever
 * the answers take, which is what a latency target "at a given rate" needs.
 */
public sealed interface Arrivals {

    /** The report's "clients / rate" column. */
    String label();

    /** @param clients virtual users, each booking (or browsing) one request after another for the whole duration */
    record Closed(int clients) implements Arrivals {

        public Closed {
            if (clients < 1) {
                throw new IllegalArgumentException("a closed model needs at least one client, was " + clients);
            }
        }

        @Override
        public String label() {
            return Integer.toString(clients);
        }
    }

    /** @param perSecond bookings attempted per second, at a constant rate: each arrival books once */
    record Open(double perSecond) implements Arrivals {

        public Open {
            if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
                throw new IllegalArgumentException("an arrival rate must be a positive number per second, was "
                        + perSecond);
            }
        }

        @Override
        public String label() {
            return "rate " + BigDecimal.valueOf(perSecond).stripTrailingZeros().toPlainString() + "/s";
        }
    }
}
