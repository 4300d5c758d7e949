package com.evently.ticketing.deploy.chaos;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.evently.ticketing.deploy.ConsumerGroupOffsets;
import com.evently.ticketing.deploy.DatabaseConnection;
import com.evently.ticketing.deploy.LocalSuite;
import com.evently.ticketing.deploy.ReplicaId;
import com.evently.ticketing.deploy.Service;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The faults of a chaos run, in order, each followed by a stretch of plain load. Each one leaves the system as it
 * found it (everything running again), so the next one starts from a whole system.
 */
final class Faults {

    private static final Logger log = LoggerFactory.getLogger(Faults.class);
    /** booking-service publishes BookingConfirmed and BookingCancelled here; ticket and notification consume it. */
    private static final TopicPartition BOOKING_EVENTS = new TopicPartition("booking.events.v1", 0);
    private static final List<Service> BOOKING_EVENT_CONSUMERS = List.of(Service.TICKET, Service.NOTIFICATION);
    private static final Duration CATCH_RELAY_WITHIN = Duration.ofSeconds(60);

    private final LocalSuite suite;
    private final ChaosPlan plan;
    private final List<String> injected = new ArrayList<>();

    Faults(LocalSuite suite, ChaosPlan plan) {
        this.suite = suite;
        this.plan = plan;
    }

    List<String> injected() {
        return List.copyOf(injected);
    }

    void injectAll() {
        pause(plan.betweenFaults());
        killRelayingBookingReplica();
        pause(plan.betweenFaults());
        killOtherBookingReplica();
        pause(plan.betweenFaults());
        restartPostgres();
        pause(plan.betweenFaults());
        stopKafka();
        pause(plan.betweenFaults());
        stopSmtp();
        pause(plan.betweenFaults());
        redeliverBookingEvents();
        pause(plan.betweenFaults());
    }

    private ReplicaId relayVictim;

    /**
     * The relay is whoever holds booking's outbox advisory lock at the moment: caught holding it (mid-batch, rows
     * sent but perhaps not yet marked published) and killed there.
     */
    private void killRelayingBookingReplica() {
        Instant start = Instant.now();
        Optional<ReplicaId> relay = catchRelay(Service.BOOKING);
        relayVictim = relay.orElse(suite.replicasOf(Service.BOOKING).getLast());
        suite.killReplica(relayVictim);
        String how = relay.isPresent() ? "caught holding the outbox relay lock" : "relay lock not caught within "
                + CATCH_RELAY_WITHIN.toSeconds() + " s, killed anyway";
        suite.startReplica(relayVictim);
        record("kill -9 " + relayVictim + " (" + how + "), restarted", start);
    }

    /** The other booking replica, busy with requests and by now perhaps the relay itself. */
    private void killOtherBookingReplica() {
        Instant start = Instant.now();
        ReplicaId other = suite.replicasOf(Service.BOOKING).stream().filter(replica -> !replica.equals(relayVictim))
                .findFirst().orElseThrow();
        boolean relaying = catchRelay(Service.BOOKING).filter(other::equals).isPresent();
        suite.killReplica(other);
        suite.startReplica(other);
        record("kill -9 " + other + (relaying ? " (holding the relay lock)" : "") + ", restarted", start);
    }

    private void restartPostgres() {
        Instant start = Instant.now();
        suite.restartPostgres();
        record("PostgreSQL stopped and started again (same port and data directory)", start);
    }

    private void stopKafka() {
        Instant start = Instant.now();
        suite.stopKafka();
        pause(plan.outage());
        suite.startKafka();
        record("Kafka broker stopped for " + plan.outage().toSeconds() + " s (same port and log directories)", start);
    }

    private void stopSmtp() {
        Instant start = Instant.now();
        suite.stopMailServer();
        pause(plan.outage());
        suite.startMailServer();
        record("SMTP server (GreenMail) stopped for " + plan.outage().toSeconds() + " s", start);
    }

    /**
     * A consumer group's offsets can only be moved while the group is empty: every replica of the consuming services
     * stops cleanly, both groups are rewound to the partition's first record, and the replicas start again and read
     * it all a second time. Their inboxes must make that second reading change nothing.
     */
    private void redeliverBookingEvents() {
        Instant start = Instant.now();
        List<ReplicaId> consumers = BOOKING_EVENT_CONSUMERS.stream().flatMap(service -> suite.replicasOf(service).stream())
                .toList();
        consumers.parallelStream().forEach(suite::stopReplica);
        List<String> rewound = new ArrayList<>();
        for (Service consumer : BOOKING_EVENT_CONSUMERS) {
            long records = ConsumerGroupOffsets.rewindToStart(suite.kafkaBootstrapServers(), consumer.moduleName(),
                    BOOKING_EVENTS);
            rewound.add(consumer.moduleName() + " " + records + " records back");
        }
        consumers.parallelStream().forEach(suite::startReplica);
        record("partition " + BOOKING_EVENTS + " redelivered from its start to groups " + rewound
                + " (their replicas stopped, offsets reset, started again)", start);
    }

    private Optional<ReplicaId> catchRelay(Service service) {
        DatabaseConnection superuser = suite.database();
        String schema = service.schema().orElseThrow();
        Instant deadline = Instant.now().plus(CATCH_RELAY_WITHIN);
        try (Connection connection = DriverManager.getConnection(superuser.jdbcUrl(), superuser.user(), superuser.password());
             PreparedStatement holder = connection.prepareStatement("""
                     SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                     WHERE l.locktype = 'advisory' AND l.granted
                       AND l.objid::bigint = (hashtext('outbox-relay:' || ?)::bigint & 4294967295)
                     """)) {
            holder.setString(1, schema);
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet rows = holder.executeQuery()) {
                    if (rows.next()) {
                        String name = rows.getString(1);
                        Optional<ReplicaId> replica = suite.replicasOf(service).stream()
                                .filter(candidate -> candidate.name().equals(name)).findFirst();
                        if (replica.isPresent()) {
                            return replica;
                        }
                    }
                }
                Thread.sleep(5);
            }
        } catch (SQLException e) {
            log.warn("could not look for {}'s outbox relay: {}", service.moduleName(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    private void record(String fault, Instant start) {
        String line = fault + " — " + Duration.between(start, Instant.now()).toSeconds() + " s until whole again";
        log.info("fault: {}", line);
        injected.add(line);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
