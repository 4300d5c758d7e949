package com.evently.ticketing.platform.outbox;

import com.evently.ticketing.platform.retention.RetentionPurge;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestEventBus;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay when Kafka refuses: how long it holds its lock, what order survives a failed row, when a row is
 * parked, and how published rows are purged. The live relay is stopped meanwhile so that the relay under test is
 * the only one taking rows.
 */
@ServiceIntegrationTest
class OutboxRelayFailuresTest {

    /** Above the producer's default max.request.size (1 MiB): Kafka refuses it every time. */
    private static final String TOO_LARGE = "x".repeat(1_200_000);

    @Autowired
    OutboxWriter outbox;
    @Autowired
    OutboxRelay relay;
    @Autowired
    RetentionPurge retention;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    MeterRegistry meters;
    @Autowired
    DataSource dataSource;

    private final List<String> aggregates = new ArrayList<>();

    @BeforeEach
    void stopTheLiveRelayOnceItDrainedTheOtherTestsRows() {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT count(*) FROM outbox WHERE published_at IS NULL AND failed_at IS NULL").query(Integer.class).single() == 0);
        relay.stop();
    }

    @AfterEach
    void restartTheLiveRelayWithoutThisTestsRows() {
        aggregates.forEach(aggregate -> jdbc.sql("DELETE FROM outbox WHERE aggregate_id = :id").param("id", aggregate).update());
        relay.start();
    }

    @Test
    void aTopicWithoutMetadataDoesNotHoldTheRelayLockWhileTheProducerWaits() throws Exception {
        KafkaTemplate<String, String> unreachable = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 1_500)));
        OutboxRelay isolated = new OutboxRelay(jdbc, transaction, unreachable, json,
                new OutboxProperties(false, Duration.ofSeconds(1), 500, Duration.ofSeconds(10), Duration.ofDays(7), 10),
                Clock.systemUTC(), new SimpleMeterRegistry());
        List<String> rows = List.of(newAggregate(), newAggregate(), newAggregate());
        transaction.executeWithoutResult(status -> rows.forEach(aggregate -> append(aggregate, "waiting")));
        try {
            CompletableFuture<Integer> pass = CompletableFuture.supplyAsync(isolated::publishPendingBatch);
            long longestHeldMillis = 0;
            long heldSince = -1;
            while (!pass.isDone()) {
                long now = System.nanoTime();
                if (relayLockHeld()) {
                    heldSince = heldSince < 0 ? now : heldSince;
                    longestHeldMillis = Math.max(longestHeldMillis, TimeUnit.NANOSECONDS.toMillis(now - heldSince));
                } else {
                    heldSince = -1;
                }
                Thread.sleep(20);
            }

            assertThat(pass.get()).isZero();
            assertThat(longestHeldMillis).as("longest stretch the relay lock (and its connection) was held, ms")
                    .isLessThan(1_000);
            rows.forEach(aggregate -> {
                Map<String, Object> row = rowOf(aggregate);
                assertThat(row.get("published_at")).isNull();
                assertThat(row.get("attempts")).isEqualTo(1);
                assertThat((String) row.get("last_error")).isNotBlank();
            });
        } finally {
            unreachable.destroy();
        }
    }

    @Test
    void aDatabaseThatCannotAnswerWhenTheRelayStartsDoesNotFailTheStartAndTheRelayPublishesOnceItCan() {
        AtomicBoolean databaseDown = new AtomicBoolean(true);
        DataSource flaky = new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                if (databaseDown.get()) {
                    throw new SQLTransientConnectionException("Connection is not available (test)");
                }
                return super.getConnection();
            }
        };
        OutboxRelay starting = new OutboxRelay(JdbcClient.create(flaky),
                new TransactionTemplate(new DataSourceTransactionManager(flaky)), kafka, json,
                new OutboxProperties(true, Duration.ofMillis(200), 500, Duration.ofSeconds(10), Duration.ofDays(7), 10),
                Clock.systemUTC(), new SimpleMeterRegistry());
        String aggregate = newAggregate();
        transaction.executeWithoutResult(status -> append(aggregate, "written before the relay could look"));
        try {
            starting.start();
            assertThat(starting.isRunning()).isTrue();

            databaseDown.set(false);

            await().atMost(Duration.ofSeconds(20)).until(() -> rowOf(aggregate).get("published_at") != null);
        } finally {
            starting.stop();
        }
    }

    @Test
    void aRowKafkaRefusesHoldsBackTheLaterRowsOfItsAggregateButNoOtherAggregate() {
        String refused = newAggregate();
        String other = newAggregate();
        transaction.executeWithoutResult(status -> {
            append(refused, "first");
            append(refused, TOO_LARGE);
            append(refused, "third");
            append(other, "unrelated");
        });

        relay.publishPendingBatch();

        assertThat(publishedTexts(refused)).containsExactly("first");
        assertThat(publishedTexts(other)).containsExactly("unrelated");
        assertThat(unpublishedCount(refused)).as("the refused row and the one after it").isEqualTo(2);
        List<TestEventBus.Message> onTopic = TestEventBus.await(Topics.IDENTITY_EVENTS,
                message -> refused.equals(message.key()), 2, Duration.ofSeconds(4));
        assertThat(onTopic).extracting(message -> json.readTree(message.payload()).get("text").asString())
                .as("nothing of the aggregate overtook the refused row").containsExactly("first");
    }

    @Test
    void aRowKafkaKeepsRefusingIsParkedVisiblyAfterTheMaximumAttemptsAndStillHoldsBackItsAggregate() {
        String refused = newAggregate();
        String other = newAggregate();
        transaction.executeWithoutResult(status -> {
            append(refused, TOO_LARGE);
            append(refused, "after the refused one");
        });

        for (int pass = 0; pass < 10; pass++) {
            relay.publishPendingBatch();
        }
        transaction.executeWithoutResult(status -> append(other, "after the parking"));
        relay.publishPendingBatch();

        Map<String, Object> parked = jdbc.sql("""
                        SELECT attempts, failed_at, last_error, published_at FROM outbox
                        WHERE aggregate_id = :id ORDER BY position LIMIT 1
                        """).param("id", refused).query().singleRow();
        assertThat(parked.get("attempts")).isEqualTo(10);
        assertThat(parked.get("failed_at")).as("parked").isNotNull();
        assertThat(parked.get("published_at")).isNull();
        assertThat((String) parked.get("last_error")).contains("RecordTooLarge");
        assertThat(publishedTexts(refused)).as("order kept behind the parked row").isEmpty();
        assertThat(publishedTexts(other)).containsExactly("after the parking");
        assertThat(meters.get("ticketing.outbox.parked").gauge().value()).isGreaterThanOrEqualTo(1);

        relay.publishPendingBatch();
        assertThat(jdbc.sql("SELECT attempts FROM outbox WHERE aggregate_id = :id ORDER BY position LIMIT 1")
                .param("id", refused).query(Integer.class).single()).as("a parked row is not tried again").isEqualTo(10);
    }

    @Test
    void rowsKafkaKeepsRefusingLeaveTheHeadOfTheQueueOnceParked() {
        String first = newAggregate();
        String second = newAggregate();
        String behind = newAggregate();
        transaction.executeWithoutResult(status -> {
            append(first, TOO_LARGE);
            append(second, TOO_LARGE);
            append(behind, "behind two refused rows");
        });
        OutboxRelay oneRowAtATime = new OutboxRelay(jdbc, transaction, kafka, json,
                new OutboxProperties(false, Duration.ofSeconds(1), 2, Duration.ofSeconds(10), Duration.ofDays(7), 3),
                Clock.systemUTC(), new SimpleMeterRegistry());

        List<Integer> acknowledgedPerPass = new ArrayList<>();
        for (int pass = 0; pass < 4; pass++) {
            acknowledgedPerPass.add(oneRowAtATime.publishPendingBatch());
        }

        assertThat(acknowledgedPerPass).containsExactly(0, 0, 0, 1);
        assertThat(publishedTexts(behind)).containsExactly("behind two refused rows");
        assertThat(jdbc.sql("SELECT count(*) FROM outbox WHERE aggregate_id IN (:ids) AND failed_at IS NOT NULL")
                .param("ids", List.of(first, second)).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void publishedRowsArePurgedInBoundedBatches() {
        String purged = newAggregate();
        String kept = newAggregate();
        jdbc.sql("""
                INSERT INTO outbox (id, topic, aggregate_type, aggregate_id, event_type, payload, headers, occurred_at, published_at)
                SELECT gen_random_uuid(), :topic, 'Test', :aggregate, :type, '{}', '{}', now() - interval '40 days',
                       now() - interval '30 days'
                FROM generate_series(1, 2500)
                """).param("topic", Topics.IDENTITY_EVENTS).param("aggregate", purged)
                .param("type", EventTypes.USER_REGISTERED).update();
        jdbc.sql("""
                INSERT INTO outbox (id, topic, aggregate_type, aggregate_id, event_type, payload, headers, occurred_at, published_at)
                VALUES (gen_random_uuid(), :topic, 'Test', :aggregate, :type, '{}', '{}', now(), now())
                """).param("topic", Topics.IDENTITY_EVENTS).param("aggregate", kept)
                .param("type", EventTypes.USER_REGISTERED).update();
        jdbc.sql("CREATE TABLE outbox_deletes (rows bigint NOT NULL)").update();
        jdbc.sql("""
                CREATE FUNCTION count_outbox_deletes() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN INSERT INTO outbox_deletes SELECT count(*) FROM deleted; RETURN NULL; END $$
                """).update();
        jdbc.sql("""
                CREATE TRIGGER outbox_deletes AFTER DELETE ON outbox REFERENCING OLD TABLE AS deleted
                FOR EACH STATEMENT EXECUTE FUNCTION count_outbox_deletes()
                """).update();
        try {
            int purgedCount = retention.purge("outbox");

            List<Long> statements = jdbc.sql("SELECT rows FROM outbox_deletes").query(Long.class).list();
            assertThat(purgedCount).isGreaterThanOrEqualTo(2500);
            assertThat(statements).as("rows deleted per statement").hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(rows -> assertThat(rows).isLessThanOrEqualTo(1000));
            assertThat(statements.stream().mapToLong(Long::longValue).sum()).isEqualTo(purgedCount);
            assertThat(countOf(purged)).isZero();
            assertThat(countOf(kept)).isEqualTo(1);
        } finally {
            jdbc.sql("DROP TRIGGER outbox_deletes ON outbox").update();
            jdbc.sql("DROP FUNCTION count_outbox_deletes()").update();
            jdbc.sql("DROP TABLE outbox_deletes").update();
        }
    }

    private String newAggregate() {
        String aggregate = UUID.randomUUID().toString();
        aggregates.add(aggregate);
        return aggregate;
    }

    private void append(String aggregate, String text) {
        outbox.append(EventTypes.USER_REGISTERED, "Test", aggregate, Map.of("text", text));
    }

    /** Whether some transaction holds the relay's advisory lock; only looks, never takes it. */
    private boolean relayLockHeld() {
        return jdbc.sql("""
                        SELECT count(*) > 0 FROM pg_locks
                        WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
                          AND objid::bigint = (hashtext('outbox-relay:' || current_schema())::bigint & 4294967295)
                        """).query(Boolean.class).single();
    }

    private Map<String, Object> rowOf(String aggregate) {
        return jdbc.sql("SELECT published_at, attempts, last_error FROM outbox WHERE aggregate_id = :id")
                .param("id", aggregate).query().singleRow();
    }

    private List<String> publishedTexts(String aggregate) {
        return jdbc.sql("""
                        SELECT payload ->> 'text' FROM outbox
                        WHERE aggregate_id = :id AND published_at IS NOT NULL ORDER BY position
                        """).param("id", aggregate).query(String.class).list();
    }

    private int unpublishedCount(String aggregate) {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE aggregate_id = :id AND published_at IS NULL")
                .param("id", aggregate).query(Integer.class).single();
    }

    private int countOf(String aggregate) {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE aggregate_id = :id").param("id", aggregate)
                .query(Integer.class).single();
    }
}
