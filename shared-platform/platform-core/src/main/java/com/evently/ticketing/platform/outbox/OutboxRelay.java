package com.evently.ticketing.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes committed outbox rows to Kafka, at least once and in order per aggregate.
 * <p>
 * Each batch runs in one database transaction that first takes a transaction-scoped advisory lock, so with
 * several replicas only one relays at a time. Nothing in that transaction waits for Kafka's metadata: the topics
 * of the pending rows are looked up before it opens (each lookup bounded by the producer's {@code max.block.ms}),
 * rows of a topic without metadata stay out of the batch, and the acknowledgements of a batch are awaited at most
 * {@code send-timeout}, which bounds how long the lock and its connection are held.
 * <p>
 * Per aggregate (the record key), rows go out one at a time: a row is sent only after the broker acknowledged the
 * previous row of its aggregate, and once a row fails, no later row of its aggregate is sent in that pass, so
 * nothing overtakes it. Rows of different aggregates are sent together. A row is marked published only after
 * the broker acknowledged it (idempotent producer, acks=all); a crash in between republishes it, which consumers
 * absorb through their inbox.
 * <p>
 * A row Kafka refuses for a reason of its own (too large, invalid) is parked after {@code max-attempts} attempts:
 * {@code failed_at} is set, it leaves the head of the queue so other aggregates flow, while the later rows of
 * its own aggregate stay behind it until an operator clears {@code failed_at} and {@code attempts} (gauge
 * {@code ticketing.outbox.parked}, alert TicketingOutboxRowsParked). An unreachable broker, a timeout or a refusal
 * that hits every row (authorization) parks nothing: rows wait, counted in {@code attempts}, and the outbox lag
 * alert fires.
 * <p>
 * A row marked {@code purge_on_publish} (an event type that carries a sealed secret) is deleted once the broker
 * acknowledged it instead of being marked published, so no copy outlives its delivery in the service's database.
 * <p>
 * The relay wakes right after a commit that wrote a row and polls slowly as a safety net for rows written by
 * another replica or before a crash. Published rows older than the retention are purged in bounded batches,
 * one batch per pass so purging never delays publishing for long.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final TypeReference<Map<String, String>> HEADER_MAP = new TypeReference<>() {
    };

    /**
     * The next rows to send: pending, of a topic with metadata, not behind a parked row of their aggregate. Parked
     * rows are looked up once per batch, not once per pending row: PostgreSQL plans this statement while
     * autovacuum's last count of pending rows is near zero, and under load thousands are pending by the time it
     * runs, so a per-row lookup that scanned the pending rows made a batch cost seconds.
     */
    static final String NEXT_BATCH = """
            WITH parked AS MATERIALIZED (
              SELECT aggregate_id, min(position) AS first_parked FROM outbox
              WHERE failed_at IS NOT NULL AND published_at IS NULL
              GROUP BY aggregate_id)
            SELECT id, topic, aggregate_id, payload::text AS payload, headers::text AS headers, purge_on_publish
            FROM outbox o
            WHERE published_at IS NULL AND failed_at IS NULL AND topic = ANY (:topics)
              AND NOT EXISTS (
                SELECT 1 FROM parked p WHERE p.aggregate_id = o.aggregate_id AND p.first_parked < o.position)
            ORDER BY position LIMIT :limit
            """;

    /**
     * The topics of the pending rows, each found by one probe of {@code outbox_pending_topic} for the first topic after
     * the last one found: a service publishes to one or two topics, while thousands of rows may be pending.
     */
    static final String PENDING_TOPICS = """
            WITH RECURSIVE pending_topic (topic) AS (
              (SELECT topic FROM outbox WHERE published_at IS NULL AND failed_at IS NULL ORDER BY topic LIMIT 1)
              UNION ALL
              SELECT (SELECT o.topic FROM outbox o
                      WHERE o.published_at IS NULL AND o.failed_at IS NULL AND o.topic > p.topic
                      ORDER BY o.topic LIMIT 1)
              FROM pending_topic p WHERE p.topic IS NOT NULL)
            SELECT topic FROM pending_topic WHERE topic IS NOT NULL
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;
    private final OutboxProperties properties;
    private final Clock clock;
    private final Counter published;
    private final Counter failures;
    private final Counter parked;
    private final OutboxTraceContext traceContext;
    private final Semaphore wakeUp = new Semaphore(0);

    private volatile boolean running;
    private volatile Thread worker;

    OutboxRelay(JdbcClient jdbc, TransactionTemplate transaction, KafkaTemplate<String, String> kafka, JsonMapper json,
                OutboxProperties properties, Clock clock, MeterRegistry meters) {
        this(jdbc, transaction, kafka, json, properties, clock, meters, OutboxTraceContext.NONE);
    }

    OutboxRelay(JdbcClient jdbc, TransactionTemplate transaction, KafkaTemplate<String, String> kafka, JsonMapper json,
                OutboxProperties properties, Clock clock, MeterRegistry meters, OutboxTraceContext traceContext) {
        this.traceContext = traceContext;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.kafka = kafka;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
        this.published = Counter.builder("ticketing.outbox.published").description("Outbox rows acknowledged by Kafka").register(meters);
        this.failures = Counter.builder("ticketing.outbox.publish.failures").description("Outbox rows Kafka did not acknowledge").register(meters);
        this.parked = Counter.builder("ticketing.outbox.parked.rows").description("Outbox rows parked after their last attempt").register(meters);
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
        List<String> topics = pendingTopics();
        if (topics.isEmpty()) {
            return 0;
        }
        Map<String, String> unavailableTopics = unavailableTopicsOf(topics);
        List<String> availableTopics = topics.stream().filter(topic -> !unavailableTopics.containsKey(topic)).toList();
        Integer count = transaction.execute(status -> {
            // transaction-scoped: released by commit or rollback, even if this replica dies mid-batch
            Boolean leader = jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext('outbox-relay:' || current_schema()))")
                    .query(Boolean.class).single();
            if (!Boolean.TRUE.equals(leader)) {
                return 0;
            }
            unavailableTopics.forEach(this::recordUnavailableTopic);
            // only topics whose metadata the producer has: a send never waits for metadata under the lock
            List<PendingRow> rows = availableTopics.isEmpty() ? List.of() : jdbc.sql(NEXT_BATCH)
                    .param("topics", availableTopics.toArray(String[]::new))
                    .param("limit", properties.batchSize())
                    .query((rs, n) -> new PendingRow(rs.getObject("id", UUID.class), rs.getString("topic"),
                            rs.getString("aggregate_id"), rs.getString("payload"), rs.getString("headers"),
                            rs.getBoolean("purge_on_publish")))
                    .list();
            return rows.isEmpty() ? 0 : publish(rows);
        });
        return count == null ? 0 : count;
    }

    private List<String> pendingTopics() {
        return jdbc.sql(PENDING_TOPICS).query(String.class).list();
    }

    /**
     * Asks the producer for each topic's partitions, outside any transaction: a topic missing from its metadata
     * makes the producer wait up to {@code max.block.ms}, which must not happen with the relay lock held. Known
     * topics answer from the producer's cache at once.
     */
    private Map<String, String> unavailableTopicsOf(List<String> topics) {
        Map<String, String> unavailable = new LinkedHashMap<>();
        for (String topic : topics) {
            try {
                List<PartitionInfo> partitions = kafka.partitionsFor(topic);
                if (partitions == null || partitions.isEmpty()) {
                    unavailable.put(topic, "No partitions known for topic " + topic);
                }
            } catch (RuntimeException e) {
                unavailable.put(topic, reasonOf(e));
            }
        }
        return unavailable;
    }

    /** Counts an attempt on the next row of each aggregate waiting for the topic, so operators see why. */
    private void recordUnavailableTopic(String topic, String reason) {
        int rows = jdbc.sql("""
                        UPDATE outbox SET attempts = attempts + 1, last_error = :error
                        WHERE id IN (
                          SELECT DISTINCT ON (aggregate_id) id FROM (
                            SELECT id, aggregate_id, position FROM outbox
                            WHERE topic = :topic AND published_at IS NULL AND failed_at IS NULL
                            ORDER BY position LIMIT :limit) next
                          ORDER BY aggregate_id, position)
                        """)
                .param("error", truncated(reason))
                .param("topic", topic)
                .param("limit", properties.batchSize())
                .update();
        failures.increment(rows);
        log.warn("Outbox rows for {} not sent, Kafka has no metadata for the topic, will retry: {}", topic, reason);
    }

    private int publish(List<PendingRow> rows) {
        Map<String, Deque<PendingRow>> waiting = new LinkedHashMap<>();
        rows.forEach(row -> waiting.computeIfAbsent(row.aggregateId(), aggregate -> new ArrayDeque<>()).add(row));
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        List<PendingRow> acknowledged = new ArrayList<>();
        Map<PendingRow, Throwable> failed = new LinkedHashMap<>();
        // each wave sends the next row of every aggregate still going: at most one row per aggregate in flight
        while (!waiting.isEmpty() && System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            List<PendingRow> wave = waiting.values().stream().map(Deque::removeFirst).toList();
            List<CompletableFuture<SendResult<String, String>>> sends = wave.stream().map(this::send).toList();
            for (int i = 0; i < wave.size(); i++) {
                PendingRow row = wave.get(i);
                try {
                    sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    acknowledged.add(row);
                    if (waiting.get(row.aggregateId()).isEmpty()) {
                        waiting.remove(row.aggregateId());
                    }
                } catch (ExecutionException e) {
                    failed.put(row, e.getCause() == null ? e : e.getCause());
                    waiting.remove(row.aggregateId());
                } catch (TimeoutException e) {
                    failed.put(row, new TimeoutException("No acknowledgement within " + properties.sendTimeout()));
                    waiting.remove(row.aggregateId());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    waiting.clear();
                    break;
                }
            }
        }
        List<UUID> toPurge = acknowledged.stream().filter(PendingRow::purgeOnPublish).map(PendingRow::id).toList();
        List<UUID> toMark = acknowledged.stream().filter(row -> !row.purgeOnPublish()).map(PendingRow::id).toList();
        if (!toPurge.isEmpty()) {
            // rows with secret fields (sealed, but still) live no longer than it takes Kafka to have them
            jdbc.sql("DELETE FROM outbox WHERE id IN (:ids) AND published_at IS NULL").param("ids", toPurge).update();
        }
        if (!toMark.isEmpty()) {
            jdbc.sql("UPDATE outbox SET published_at = :now WHERE id IN (:ids) AND published_at IS NULL")
                    .param("now", Timestamp.from(clock.instant()))
                    .param("ids", toMark)
                    .update();
        }
        published.increment(acknowledged.size());
        failed.forEach(this::recordFailure);
        return acknowledged.size();
    }

    private CompletableFuture<SendResult<String, String>> send(PendingRow row) {
        try {
            ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.aggregateId(), row.payload());
            Map<String, String> headers = json.readValue(row.headers(), HEADER_MAP);
            headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            // the template's observation replaces the stored trace headers by those of its own span, a child
            return traceContext.sendingUnder(headers, () -> kafka.send(record));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void recordFailure(PendingRow row, Throwable failure) {
        failures.increment();
        String reason = reasonOf(failure);
        boolean parkable = !isBrokerWide(failure);
        Boolean parkedNow = jdbc.sql("""
                        UPDATE outbox SET attempts = attempts + 1, last_error = :error,
                          failed_at = CASE WHEN CAST(:parkable AS boolean) AND attempts + 1 >= :maxAttempts
                            THEN CAST(:now AS timestamptz) END
                        WHERE id = :id
                        RETURNING failed_at IS NOT NULL
                        """)
                .param("error", truncated(reason))
                .param("parkable", parkable)
                .param("maxAttempts", properties.maxAttempts())
                .param("now", Timestamp.from(clock.instant()))
                .param("id", row.id())
                .query(Boolean.class).optional().orElse(false);
        if (parkedNow) {
            parked.increment();
            log.error("Parked outbox row {} ({}, aggregate {}) after {} attempts; later rows of the aggregate wait "
                            + "until failed_at and attempts are cleared: {}", row.id(), row.topic(), row.aggregateId(),
                    properties.maxAttempts(), reason);
        } else {
            log.warn("Outbox row {} not acknowledged by Kafka, will retry: {}", row.id(), reason);
        }
    }

    /**
     * A failure that is not the row's doing: the broker unreachable or slow, a leader moving, credentials or ACLs
     * refused. Every row would fail the same way, so none is parked for it.
     */
    private static boolean isBrokerWide(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RetriableException || cause instanceof TimeoutException
                    || cause instanceof AuthenticationException || cause instanceof AuthorizationException) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause says what Kafka refused (Spring's wrappers no longer repeat it in their message). */
    private static String reasonOf(Throwable failure) {
        return NestedExceptionUtils.getMostSpecificCause(failure).toString();
    }

    private static String truncated(String reason) {
        return reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }

    /**
     * Asked by the relay's own thread, not by {@link #start()}: a database that cannot answer at that moment (a pool
     * whose connections all failed validation on a starved machine) must not fail the service's start; the relay
     * asks again until it can, or until it is stopped.
     */
    private boolean outboxTableFound() {
        while (running) {
            try {
                boolean exists = jdbc.sql("SELECT to_regclass('outbox') IS NOT NULL").query(Boolean.class).single();
                if (!exists) {
                    log.info("No outbox table in this service's schema: it publishes no integration events, relay idle");
                }
                return exists;
            } catch (DataAccessException e) {
                log.warn("Outbox relay cannot look for its table yet, retrying after {}: {}", properties.pollInterval(),
                        e.toString());
                sleepQuietly();
            }
        }
        return false;
    }

    private void run() {
        if (!outboxTableFound()) {
            running = false;
            return;
        }
        while (running) {
            try {
                wakeUp.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                int acknowledged;
                do {
                    acknowledged = publishPendingBatch();
                } while (running && acknowledged == properties.batchSize());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox relay pass failed, retrying after {}: {}", properties.pollInterval(), e.toString());
                sleepQuietly();
            }
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

    private record PendingRow(UUID id, String topic, String aggregateId, String payload, String headers,
                              boolean purgeOnPublish) {
    }
}
