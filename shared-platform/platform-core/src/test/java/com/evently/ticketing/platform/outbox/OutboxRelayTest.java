package com.evently.ticketing.platform.outbox;

import com.evently.ticketing.platform.retention.RetentionPurge;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.identity.UserRegistered;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestEventBus;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ServiceIntegrationTest
class OutboxRelayTest {

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

    @Test
    void publishesCommittedEventWithKeyAndCloudEventsHeadersThenMarksItPublished() {
        UUID userId = UUID.randomUUID();
        transaction.executeWithoutResult(status -> outbox.append(EventTypes.USER_REGISTERED, "User", userId,
                new UserRegistered(userId, "ana@example.com", "Ana", List.of("USER"), Instant.now())));

        List<TestEventBus.Message> published = TestEventBus.await(Topics.IDENTITY_EVENTS,
                m -> userId.toString().equals(m.key()), 1, Duration.ofSeconds(20));

        assertThat(published).hasSize(1);
        assertThat(published.getFirst().eventType()).isEqualTo(EventTypes.USER_REGISTERED);
        assertThat(json.readTree(published.getFirst().payload()).get("email").asString()).isEqualTo("ana@example.com");
        assertThat(awaitPublishedAt(userId)).isTrue();
    }

    @Test
    void rolledBackChangePublishesNothing() {
        UUID userId = UUID.randomUUID();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            outbox.append(EventTypes.USER_REGISTERED, "User", userId,
                    new UserRegistered(userId, "rolled@example.com", "R", List.of("USER"), Instant.now()));
            throw new IllegalStateException("business rule failed after the outbox write");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(rowsFor(userId)).isZero();
    }

    @Test
    void refusesToWriteOutsideATransaction() {
        assertThatThrownBy(() -> outbox.append(EventTypes.USER_REGISTERED, "User", UUID.randomUUID(), Map.of()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void twoRelaysRacingPublishEveryRowOnceAndInOrderPerAggregate() throws Exception {
        UUID aggregate = UUID.randomUUID();
        int rows = 60;
        transaction.executeWithoutResult(status -> IntStream.range(0, rows).forEach(i -> outbox.append(
                EventTypes.USER_REGISTERED, "User", aggregate,
                new UserRegistered(aggregate, "seq" + i + "@example.com", "n" + i, List.of("USER"), Instant.now()))));

        Callable<Integer> drain = () -> {
            int total = 0;
            for (int pass = 0; pass < 50; pass++) {
                total += relay.publishPendingBatch();
            }
            return total;
        };
        try (ExecutorService replicas = Executors.newFixedThreadPool(2)) {
            replicas.invokeAll(List.of(drain, drain));
        }

        List<TestEventBus.Message> published = TestEventBus.await(Topics.IDENTITY_EVENTS,
                m -> aggregate.toString().equals(m.key()), rows + 1, Duration.ofSeconds(8));
        assertThat(published).hasSize(rows);
        List<String> emails = published.stream()
                .map(m -> json.readTree(m.payload()).get("email").asString()).toList();
        assertThat(emails).containsExactlyElementsOf(IntStream.range(0, rows).mapToObj(i -> "seq" + i + "@example.com").toList());
        assertThat(unpublishedFor(aggregate)).isZero();
    }

    @Test
    void keepsRowsUnpublishedAndCountsAttemptsWhileTheBrokerIsUnreachable() {
        UUID userId = UUID.randomUUID();
        KafkaTemplate<String, String> deadBroker = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 500)));
        OutboxRelay isolated = new OutboxRelay(jdbc, transaction, deadBroker, json,
                new OutboxProperties(false, Duration.ofSeconds(1), 500, Duration.ofSeconds(2), Duration.ofDays(7), 10),
                Clock.systemUTC(), new SimpleMeterRegistry());
        relay.stop();
        try {
            transaction.executeWithoutResult(status -> outbox.append(EventTypes.USER_REGISTERED, "User", userId,
                    new UserRegistered(userId, "down@example.com", "D", List.of("USER"), Instant.now())));

            assertThat(isolated.publishPendingBatch()).isZero();

            Map<String, Object> row = jdbc.sql("SELECT published_at, attempts, last_error FROM outbox WHERE aggregate_id = :id")
                    .param("id", userId.toString()).query().singleRow();
            assertThat(row.get("published_at")).isNull();
            assertThat(row.get("attempts")).isEqualTo(1);
            assertThat((String) row.get("last_error")).isNotBlank();
        } finally {
            deadBroker.destroy();
            relay.start();
        }
        assertThat(awaitPublishedAt(userId)).as("the live relay catches up once the broker is back").isTrue();
    }

    @Test
    void purgesOnlyRowsPublishedLongerAgoThanTheRetention() {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            outbox.append(EventTypes.USER_REGISTERED, "User", old, Map.of("n", 1));
            outbox.append(EventTypes.USER_REGISTERED, "User", recent, Map.of("n", 2));
        });
        // both published first: the live relay would otherwise stamp the backdated row again
        assertThat(awaitPublishedAt(old)).isTrue();
        assertThat(awaitPublishedAt(recent)).isTrue();
        jdbc.sql("UPDATE outbox SET published_at = now() - interval '30 days' WHERE aggregate_id = :id")
                .param("id", old.toString()).update();

        retention.purge("outbox");

        assertThat(rowsFor(old)).isZero();
        assertThat(rowsFor(recent)).isEqualTo(1);
    }

    @Test
    void deletesARowThatCarriesASecretOnlyOnceKafkaAcknowledgedIt() {
        UUID userId = UUID.randomUUID();
        KafkaTemplate<String, String> deadBroker = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 500)));
        OutboxRelay isolated = new OutboxRelay(jdbc, transaction, deadBroker, json,
                new OutboxProperties(false, Duration.ofSeconds(1), 500, Duration.ofSeconds(2), Duration.ofDays(7), 10),
                Clock.systemUTC(), new SimpleMeterRegistry());
        relay.stop();
        try {
            transaction.executeWithoutResult(status -> {
                outbox.append(EventTypes.PASSWORD_RESET_REQUESTED, "User", userId, Map.of("sealedToken", "sealed"));
                outbox.append(EventTypes.USER_REGISTERED, "User", userId,
                        new UserRegistered(userId, "ana@example.com", "Ana", List.of("USER"), Instant.now()));
            });

            assertThat(isolated.publishPendingBatch()).isZero();

            assertThat(jdbc.sql("SELECT event_type FROM outbox WHERE aggregate_id = :id AND purge_on_publish")
                    .param("id", userId.toString()).query(String.class).list())
                    .as("not acknowledged yet: kept, to be sent again")
                    .containsExactly(EventTypes.PASSWORD_RESET_REQUESTED);
        } finally {
            deadBroker.destroy();
            relay.start();
        }

        assertThat(TestEventBus.await(Topics.IDENTITY_EVENTS, m -> userId.toString().equals(m.key()), 2,
                Duration.ofSeconds(20))).extracting(TestEventBus.Message::eventType)
                .containsExactly(EventTypes.PASSWORD_RESET_REQUESTED, EventTypes.USER_REGISTERED);
        assertThat(awaitPublishedAt(userId)).isTrue();
        assertThat(jdbc.sql("SELECT event_type FROM outbox WHERE aggregate_id = :id")
                .param("id", userId.toString()).query(String.class).list())
                .as("the secret-carrying row is deleted, the other kept as published")
                .containsExactly(EventTypes.USER_REGISTERED);
    }

    private boolean awaitPublishedAt(UUID aggregateId) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            if (rowsFor(aggregateId) > 0 && unpublishedFor(aggregateId) == 0) {
                return true;
            }
            sleep();
        }
        return false;
    }

    private int rowsFor(UUID aggregateId) {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE aggregate_id = :id")
                .param("id", aggregateId.toString()).query(Integer.class).single();
    }

    private int unpublishedFor(UUID aggregateId) {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE aggregate_id = :id AND published_at IS NULL")
                .param("id", aggregateId.toString()).query(Integer.class).single();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
