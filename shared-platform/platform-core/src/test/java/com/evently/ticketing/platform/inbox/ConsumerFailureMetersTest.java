package com.evently.ticketing.platform.inbox;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestEventBus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The platform test application's listeners (deadletter's ScriptedListeners, observability's trace recorder). */
@ServiceIntegrationTest
class ConsumerFailureMetersTest {

    @Autowired
    MeterRegistry meters;
    /** The listeners' default group, unique per test context. */
    @Value("${spring.kafka.consumer.group-id}")
    String group;

    @Test
    void everyListenersFailureCountersExistBeforeAnyFailure() {
        List<List<String>> listeners = List.of(
                List.of(Topics.CATALOG_EVENTS, group),
                List.of(Topics.TICKET_EVENTS, group),
                List.of(Topics.TICKET_EVENTS, group + "-steady"),
                List.of(Topics.IDENTITY_EVENTS, group + "-trace-recording"));
        for (List<String> listener : listeners) {
            String topic = listener.get(0);
            String consumerGroup = listener.get(1);
            for (ConsumerFailure failure : ConsumerFailure.values()) {
                assertThat(counter(ConsumerFailureMeters.FAILURES, topic, consumerGroup, failure))
                        .as("failures of %s in %s, %s", topic, consumerGroup, failure).isNotNull();
            }
            assertThat(counter(ConsumerFailureMeters.DEAD_LETTERED, topic, consumerGroup, ConsumerFailure.DETERMINISTIC))
                    .as("dead-lettered of %s in %s, deterministic", topic, consumerGroup).isNotNull();
            assertThat(counter(ConsumerFailureMeters.DEAD_LETTERED, topic, consumerGroup, ConsumerFailure.UNEXPECTED))
                    .as("dead-lettered of %s in %s, unexpected", topic, consumerGroup).isNotNull();
            assertThat(counter(ConsumerFailureMeters.DEAD_LETTERED, topic, consumerGroup, ConsumerFailure.INFRASTRUCTURE))
                    .as("infrastructure failures are never dead-lettered").isNull();
        }
    }

    /** The error handler tags a failure as the start-up registration did: no second series appears beside it. */
    @Test
    void aFailureCountsOnTheSeriesRegisteredAtStartUp() {
        Counter registered = counter(ConsumerFailureMeters.DEAD_LETTERED, Topics.CATALOG_EVENTS, group,
                ConsumerFailure.DETERMINISTIC);
        assertThat(registered).isNotNull();
        double before = registered.count();
        int failureSeries = meters.find(ConsumerFailureMeters.FAILURES).counters().size();
        int deadLetteredSeries = meters.find(ConsumerFailureMeters.DEAD_LETTERED).counters().size();

        TestEventBus.publish(EventTypes.EVENT_UPDATED, UUID.randomUUID().toString(), "{not json");

        await().atMost(Duration.ofSeconds(20)).until(() -> registered.count() == before + 1);
        assertThat(meters.find(ConsumerFailureMeters.FAILURES).counters()).hasSize(failureSeries);
        assertThat(meters.find(ConsumerFailureMeters.DEAD_LETTERED).counters()).hasSize(deadLetteredSeries);
    }

    private Counter counter(String name, String topic, String group, ConsumerFailure failure) {
        return meters.find(name).tags("topic", topic, "group", group, "failure", failure.tag()).counter();
    }
}
