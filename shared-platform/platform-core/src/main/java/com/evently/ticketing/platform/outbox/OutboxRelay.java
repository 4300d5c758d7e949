package com.evently.ticketing.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes committed outbox rows to Kafka, at least once and in outbox order.
 * <p>
 * Each batch runs in one database transaction that first takes a transaction-scoped advisory lock, so with
 * several replicas only one relays at a time and per-aggregate order is kept. A row is marked published only
 * after the broker acknowledged it (idempotent producer, acks=all); a crash in between republishes it, which
 * consumers absorb through their inbox. The relay wakes right after a commit that wrote a row, and polls
 * slowly as a safety net for rows written by another replica or before a crash.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final TypeReference<Map<String, String>> HEADER_MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;
    private final OutboxProperties properties;
    private final Clock clock;
    private final Counter published;
    private final Counter failures;
    private final Semaphore wakeUp = new Semaphore(0);

    private volatile boolean running;
    private volatile Thread worker;
    private Instant nextPurge = Instant.MIN;

    OutboxRelay(JdbcClient jdbc, TransactionTemplate transaction, KafkaTemplate<String, String> kafka, JsonMapper json,
                OutboxProperties properties, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.kafka = kafka;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
        this.published = Counter.builder("ticketing.outbox.published").description("Outbox rows acknowledged by Kafka").register(meters);
        this.failures = Counter.builder("ticketing.outbox.publish.failures").description("Outbox rows Kafka did not acknowledge").register(meters);
    }

    /** Called after a commit that wrote an outbox row. */
    void wakeUp() {
        wakeUp.release();
    }

    /**
     * Publishes up to one batch of pending rows and returns how many the broker acknowledged; 0 when another
     * replica holds the relay lock.
     */
    public int publishPendingBatch() {
        Integer count = transaction.execute(status -> {
            // transaction-scoped: released by commit or rollback, even if this replica dies mid-batch
            Boolean leader = jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext('outbox-relay:' || current_schema()))")
                    .query(Boolean.class).single();
            if (!Boolean.TRUE.equals(leader)) {
                return 0;
            }
            List<PendingRow> rows = jdbc.sql("""
                            SELECT id, topic, aggregate_id, payload::text AS payload, headers::text AS headers
                            FROM outbox WHERE published_at IS NULL ORDER BY position LIMIT :limit
                            """)
                    .param("limit", properties.batchSize())
                    .query((rs, n) -> new PendingRow(rs.getObject("id", UUID.class), rs.getString("topic"),
                            rs.getString("aggregate_id"), rs.getString("payload"), rs.getString("headers")))
                    .list();
            return rows.isEmpty() ? 0 : publish(rows);
        });
        return count == null ? 0 : count;
    }

    private int publish(List<PendingRow> rows) {
        List<CompletableFuture<SendResult<String, String>>> sends = rows.stream().map(this::send).toList();
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        List<UUID> acknowledged = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PendingRow row = rows.get(i);
            try {
                sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(row.id());
            } catch (ExecutionException | TimeoutException e) {
                recordFailure(row, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (!acknowledged.isEmpty()) {
            jdbc.sql("UPDATE outbox SET published_at = :now WHERE id IN (:ids) AND published_at IS NULL")
                    .param("now", Timestamp.from(clock.instant()))
                    .param("ids", acknowledged)
                    .update();
            published.increment(acknowledged.size());
        }
        return acknowledged.size();
    }

    private CompletableFuture<SendResult<String, String>> send(PendingRow row) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.aggregateId(), row.payload());
        json.readValue(row.headers(), HEADER_MAP)
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            return kafka.send(record);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void recordFailure(PendingRow row, Exception e) {
        failures.increment();
        String reason = e.getCause() != null ? e.getCause().toString() : e.toString();
        log.warn("Outbox row {} not acknowledged by Kafka, will retry: {}", row.id(), reason);
        jdbc.sql("UPDATE outbox SET attempts = attempts + 1, last_error = :error WHERE id = :id")
                .param("error", reason.length() > 1000 ? reason.substring(0, 1000) : reason)
                .param("id", row.id())
                .update();
    }

    /** Deletes rows published longer ago than the retention. */
    public int purgePublished() {
        return jdbc.sql("DELETE FROM outbox WHERE published_at < :cutoff")
                .param("cutoff", Timestamp.from(clock.instant().minus(properties.retention())))
                .update();
    }

    private boolean outboxTableExists() {
        return jdbc.sql("SELECT to_regclass('outbox') IS NOT NULL").query(Boolean.class).single();
    }

    private void run() {
        while (running) {
            try {
                wakeUp.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                int acknowledged;
                do {
                    acknowledged = publishPendingBatch();
                } while (running && acknowledged == properties.batchSize());
                purgeWhenDue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox relay pass failed, retrying after {}: {}", properties.pollInterval(), e.toString());
                sleepQuietly();
            }
        }
    }

    private void purgeWhenDue() {
        Instant now = clock.instant();
        if (now.isAfter(nextPurge)) {
            int purged = purgePublished();
            if (purged > 0) {
                log.info("Purged {} published outbox rows", purged);
            }
            nextPurge = now.plusSeconds(3600);
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(properties.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        if (!properties.relayEnabled() || running) {
            return;
        }
        if (!outboxTableExists()) {
            log.info("No outbox table in this service's schema: it publishes no integration events, relay idle");
            return;
        }
        running = true;
        worker = Thread.ofPlatform().daemon().name("outbox-relay").start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        Thread current = worker;
        if (current != null) {
            wakeUp.release();
            try {
                current.join(properties.sendTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private record PendingRow(UUID id, String topic, String aggregateId, String payload, String headers) {
    }
}
