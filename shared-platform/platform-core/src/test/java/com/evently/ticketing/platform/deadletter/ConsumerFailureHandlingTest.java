package com.evently.ticketing.platform.deadletter;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestEventBus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A consumer's failures through the real listener container, error handler, broker and database: what is retried,
 * for how long, and what lands on the dead-letter topic.
 */
@ServiceIntegrationTest
class ConsumerFailureHandlingTest {

    private static final String DEAD_LETTERS = Topics.deadLetterOf(Topics.CATALOG_EVENTS);

    @Autowired
    ScriptedListeners listeners;
    @Autowired
    MeterRegistry meters;
    @Autowired
    RestTestClient http;

    @Test
    void aDatabaseOutageLongerThanAnyRetryBudgetIsWaitedOutAndNothingIsDeadLettered() {
        String key = UUID.randomUUID().toString();
        Instant databaseBack = Instant.now().plusSeconds(12);
        listeners.script(key, () -> {
            if (Instant.now().isBefore(databaseBack)) {
                throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                        new SQLTransientConnectionException("Connection is not available, request timed out"));
            }
        });

        String eventId = TestEventBus.publish(EventTypes.EVENT_UPDATED, key, "{\"text\":\"after the fail-over\"}");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> listeners.storedBy(ScriptedListeners.SCRIPTED, eventId) == 1);
        assertThat(listeners.deliveriesOf(key)).as("retried, not given up").isGreaterThan(3);
        assertThat(TestEventBus.await(DEAD_LETTERS, message -> key.equals(message.key()), 1, Duration.ofSeconds(3)))
                .as("nothing dead-lettered").isEmpty();
        assertThat(listeners.storedBy(ScriptedListeners.SCRIPTED, eventId)).isEqualTo(1);
    }

    @Test
    void aMalformedRecordIsDeadLetteredAtOnceAndCounted() {
        String key = UUID.randomUUID().toString();
        double before = deadLettered(Topics.CATALOG_EVENTS);

        TestEventBus.publish(EventTypes.EVENT_UPDATED, key, "{not json");

        assertThat(TestEventBus.await(DEAD_LETTERS, message -> key.equals(message.key()), 1, Duration.ofSeconds(20)))
                .hasSize(1);
        assertThat(listeners.deliveriesOf(key)).as("no retry of a record that can never be read").isEqualTo(1);
        await().atMost(Duration.ofSeconds(5)).until(() -> deadLettered(Topics.CATALOG_EVENTS) == before + 1);
        // the series deploy/prometheus/alerts.yml reads
        http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk().expectBody(String.class)
                .value(body -> assertThat(body).contains("ticketing_consumer_dead_lettered_total{")
                        .contains("topic=\"" + Topics.CATALOG_EVENTS + "\"")
                        .contains("ticketing_consumer_failures_total{")
                        .contains("ticketing_dead_letters_pending{"));
    }

    @Test
    void aHandlerBugIsRetriedAFewTimesThenDeadLettered() {
        String key = UUID.randomUUID().toString();
        listeners.script(key, () -> {
            throw new IllegalStateException("a bug that fails the same way every time");
        });

        TestEventBus.publish(EventTypes.EVENT_UPDATED, key, "{\"text\":\"never handled\"}");

        assertThat(TestEventBus.await(DEAD_LETTERS, message -> key.equals(message.key()), 1, Duration.ofSeconds(30)))
                .hasSize(1);
        assertThat(listeners.deliveriesOf(key)).isEqualTo(3);
    }

    /** The series the consumer lag alert reads; the Kafka client's partition metrics are bound within a minute. */
    @Test
    void consumerLagIsExportedPerTopicForTheLagAlert() {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            String metrics = http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
            return metrics != null && metrics.lines().anyMatch(line -> line.startsWith("kafka_consumer_fetch_manager_records_lag{")
                    && line.contains("topic=\"" + Topics.CATALOG_EVENTS + "\""));
        });
    }

    private double deadLettered(String topic) {
        return meters.find("ticketing.consumer.dead.lettered").tag("topic", topic).counters().stream()
                .mapToDouble(Counter::count).sum();
    }
}
