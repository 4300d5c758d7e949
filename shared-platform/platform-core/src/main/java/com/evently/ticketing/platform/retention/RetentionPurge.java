package com.evently.ticketing.platform.retention;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Deletes rows the service's {@link RetentionRule}s let go, periodically and in bounded batches (each its own
 * short transaction), so tables that only ever grow (inbox, idempotency keys, sent mails) stay bounded. Safe on
 * several replicas at once: each batch deletes old rows no other replica is deleting at that moment.
 */
public class RetentionPurge implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    private final JdbcClient jdbc;
    private final List<RetentionRule> rules;
    private final RetentionProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private volatile ScheduledExecutorService schedule;

    RetentionPurge(JdbcClient jdbc, List<RetentionRule> rules, RetentionProperties properties, Clock clock,
                   MeterRegistry meters) {
        this.jdbc = jdbc;
        this.rules = List.copyOf(rules);
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Runs every rule once, until none has old rows left; returns how many rows went in all. A rule whose table
     * this service's schema lacks (the inbox of a service that consumes nothing) is passed over.
     */
    public int purgeAll() {
        int purged = 0;
        for (RetentionRule rule : rules) {
            try {
                if (tableExists(rule)) {
                    purged += purge(rule);
                }
            } catch (RuntimeException e) {
                log.warn("Purging old rows of {} failed; the next run retries: {}", rule.table(), e.toString());
            }
        }
        return purged;
    }

    /** Runs the rules of one table only; returns how many of its rows went. */
    public int purge(String table) {
        int purged = 0;
        for (RetentionRule rule : rules) {
            if (rule.table().equals(table)) {
                purged += purge(rule);
            }
        }
        return purged;
    }

    private boolean tableExists(RetentionRule rule) {
        return Boolean.TRUE.equals(jdbc.sql("SELECT to_regclass(:table) IS NOT NULL")
                .param("table", rule.table()).query(Boolean.class).single());
    }

    private int purge(RetentionRule rule) {
        Timestamp cutoff = Timestamp.from(clock.instant().minus(rule.keep()));
        Counter counter = Counter.builder("ticketing.retention.purged")
                .description("Rows deleted because their retention ran out")
                .tag("table", rule.table())
                .register(meters);
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.sql(rule.deleteBatchSql())
                    .param("cutoff", cutoff)
                    .param("batch", properties.batchSize())
                    .update();
            total += deleted;
            counter.increment(deleted);
        } while (deleted == properties.batchSize() && !Thread.currentThread().isInterrupted());
        if (total > 0) {
            log.info("Purged {} rows of {} older than {}", total, rule.table(), rule.keep());
        }
        return total;
    }

    @Override
    public void start() {
        if (rules.isEmpty() || schedule != null) {
            return;
        }
        schedule = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("retention-purge").factory());
        long interval = properties.interval().toMillis();
        // not at once (start-up has enough to do), and at a random point: replicas started together would
        // otherwise purge in lockstep
        long firstRun = ThreadLocalRandom.current().nextLong(Math.min(interval, 60_000), interval + 1);
        schedule.scheduleWithFixedDelay(this::purgeAll, firstRun, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService current = schedule;
        // cleared, so that a restart (a paused test context, a refreshed one) schedules anew
        schedule = null;
        if (current != null) {
            current.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return schedule != null;
    }
}
