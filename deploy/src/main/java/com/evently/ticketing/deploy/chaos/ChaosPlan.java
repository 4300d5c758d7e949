package com.evently.ticketing.deploy.chaos;

import java.time.Duration;
import java.util.List;

/**
 * How hard a chaos run pushes: how many clients, how long each outage lasts, how much load runs between faults.
 *
 * @param clients          client threads, each a user of its own booking and cancelling
 * @param lineCapacities   seats of each inventory line of the one event the clients book (one session, one ticket
 *                         type per line): the first is small enough to sell out early, so the run also sells seats
 *                         that cancellations free again on a sold-out line; the others stay open longer
 * @param thinkTime        pause of a client between two operations
 * @param outage           how long Kafka and SMTP stay down
 * @param betweenFaults    load without a fault before the first fault, between faults and after the last
 * @param drainTimeout     how long the system may take after the load to reach every invariant
 */
public record ChaosPlan(
        String name,
        int clients,
        List<Integer> lineCapacities,
        Duration thinkTime,
        Duration outage,
        Duration betweenFaults,
        Duration drainTimeout) {

    /** What issue 17 asks for: outages of a minute. */
    public static ChaosPlan full() {
        return new ChaosPlan("full", 4, List.of(8, 120), Duration.ofMillis(700), Duration.ofSeconds(60),
                Duration.ofSeconds(20), Duration.ofMinutes(5));
    }

    /** The form CI runs: the same faults, shorter outages and fewer clients. */
    public static ChaosPlan brief() {
        return new ChaosPlan("short", 2, List.of(6, 40), Duration.ofMillis(700), Duration.ofSeconds(10),
                Duration.ofSeconds(5), Duration.ofMinutes(3));
    }

    public ChaosPlan {
        lineCapacities = List.copyOf(lineCapacities);
    }
}
