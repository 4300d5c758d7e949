package com.evently.ticketing.platform.inbox;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Headers;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ServiceIntegrationTest
class IdempotentConsumerTest {

    record Greeting(String text) {
    }

    @Autowired
    IdempotentConsumer consumer;
    @Autowired
    JdbcClient jdbc;

    @Test
    void redeliveredEventRunsTheHandlerOnce() {
        UUID eventId = UUID.randomUUID();
        ConsumerRecord<String, String> record = record(eventId, "{\"text\":\"hello\"}");

        InboxOutcome first = consumer.consume("greeter", record, Greeting.class, this::store);
        InboxOutcome second = consumer.consume("greeter", record, Greeting.class, this::store);

        assertThat(first).isEqualTo(InboxOutcome.PROCESSED);
        assertThat(second).isEqualTo(InboxOutcome.DUPLICATE);
        assertThat(handledCount(eventId)).isEqualTo(1);
    }

    @Test
    void eachConsumerSeesTheSameEventOnce() {
        UUID eventId = UUID.randomUUID();
        ConsumerRecord<String, String> record = record(eventId, "{\"text\":\"hi\"}");

        assertThat(consumer.consume("greeter", record, Greeting.class, this::store)).isEqualTo(InboxOutcome.PROCESSED);
        assertThat(consumer.consume("auditor", record, Greeting.class, this::store)).isEqualTo(InboxOutcome.PROCESSED);
    }

    @Test
    void failingHandlerLeavesNoInboxRecordSoTheRetryProcessesIt() {
        UUID eventId = UUID.randomUUID();
        ConsumerRecord<String, String> record = record(eventId, "{\"text\":\"retry me\"}");

        assertThatThrownBy(() -> consumer.consume("greeter", record, Greeting.class, event -> {
            store(event);
            throw new IllegalStateException("downstream hiccup");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(handledCount(eventId)).isZero();

        assertThat(consumer.consume("greeter", record, Greeting.class, this::store)).isEqualTo(InboxOutcome.PROCESSED);
        assertThat(handledCount(eventId)).isEqualTo(1);
    }

    @Test
    void unreadablePayloadIsMalformedAndChangesNothing() {
        UUID eventId = UUID.randomUUID();

        assertThatThrownBy(() -> consumer.consume("greeter", record(eventId, "{not json"), Greeting.class, this::store))
                .isInstanceOf(MalformedEventException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM inbox WHERE event_id = :id").param("id", eventId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void recordWithoutEventIdIsMalformed() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("t", 0, 0, "k", "{\"text\":\"x\"}");

        assertThatThrownBy(() -> consumer.consume("greeter", record, Greeting.class, this::store))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void aHandlerKeyedByTheEventIdRunsInOneTransactionWithoutAnInboxRecord() {
        UUID eventId = UUID.randomUUID();
        ConsumerRecord<String, String> record = record(eventId, "{\"text\":\"keyed\"}");

        assertThatThrownBy(() -> consumer.consumeKeyedByEventId(record, Greeting.class, event -> {
            store(event);
            throw new IllegalStateException("downstream hiccup");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(handledCount(eventId)).isZero();

        // the handler's own check (here: a row per event id) is what recognises the redelivery
        consumer.consumeKeyedByEventId(record, Greeting.class, this::storeOnce);
        consumer.consumeKeyedByEventId(record, Greeting.class, this::storeOnce);
        assertThat(handledCount(eventId)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM inbox WHERE event_id = :id").param("id", eventId)
                .query(Integer.class).single()).isZero();
        assertThatThrownBy(() -> consumer.consumeKeyedByEventId(record(eventId, "{not json"), Greeting.class,
                this::storeOnce)).isInstanceOf(MalformedEventException.class);
    }

    private void storeOnce(IncomingEvent<Greeting> event) {
        jdbc.sql("""
                        INSERT INTO handled (event_id, payload)
                        SELECT :id, :text WHERE NOT EXISTS (SELECT 1 FROM handled WHERE event_id = :id)
                        """)
                .param("id", event.id()).param("text", event.payload().text()).update();
    }

    private void store(IncomingEvent<Greeting> event) {
        jdbc.sql("INSERT INTO handled (event_id, payload) VALUES (:id, :text)")
                .param("id", event.id()).param("text", event.payload().text()).update();
    }

    private int handledCount(UUID eventId) {
        return jdbc.sql("SELECT count(*) FROM handled WHERE event_id = :id").param("id", eventId).query(Integer.class).single();
    }

    private static ConsumerRecord<String, String> record(UUID eventId, String payload) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("test.events", 0, 0, "key", payload);
        record.headers().add(Headers.ID, eventId.toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(Headers.TYPE, EventTypes.USER_REGISTERED.getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
