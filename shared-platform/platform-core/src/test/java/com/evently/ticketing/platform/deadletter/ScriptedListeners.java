package com.evently.ticketing.platform.deadletter;

import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.platform.inbox.IdempotentConsumer;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two real consumers of the platform tests' context, each in a consumer group of its own, going through the
 * idempotent inbox like a service's listener: {@link #SCRIPTED} runs whatever a test scripted for the record's
 * key before storing the event (throw for a while, throw always...), {@link #STEADY} always stores it. The
 * topics are contract topics no other platform test publishes to.
 */
@Component
public class ScriptedListeners {

    static final String SCRIPTED = "platform-test.scripted";
    static final String STEADY = "platform-test.steady";

    /** What the scripted consumer does before storing an event; it may throw. */
    @FunctionalInterface
    interface Script {
        void run();
    }

    record Note(String text) {
    }

    private final IdempotentConsumer inbox;
    private final JdbcClient jdbc;
    private final Map<String, Script> scripts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();

    ScriptedListeners(IdempotentConsumer inbox, JdbcClient jdbc) {
        this.inbox = inbox;
        this.jdbc = jdbc;
    }

    void script(String key, Script script) {
        scripts.put(key, script);
    }

    /** How many times the scripted consumer was handed a record with this key (first delivery and retries). */
    int deliveriesOf(String key) {
        AtomicInteger count = deliveries.get(key);
        return count == null ? 0 : count.get();
    }

    /** How many times the consumer's change for this event committed. */
    int storedBy(String consumer, String eventId) {
        return jdbc.sql("SELECT count(*) FROM handled WHERE event_id = :id AND payload = :consumer")
                .param("id", UUID.fromString(eventId)).param("consumer", consumer).query(Integer.class).single();
    }

    @KafkaListener(topics = {Topics.CATALOG_EVENTS, Topics.TICKET_EVENTS})
    void scripted(ConsumerRecord<String, String> record) {
        deliveries.computeIfAbsent(record.key(), key -> new AtomicInteger()).incrementAndGet();
        inbox.consume(SCRIPTED, record, Note.class, event -> {
            scripts.getOrDefault(record.key(), () -> {
            }).run();
            store(SCRIPTED, event);
        });
    }

    @KafkaListener(topics = Topics.TICKET_EVENTS, groupId = "${spring.kafka.consumer.group-id}-steady")
    void steady(ConsumerRecord<String, String> record) {
        inbox.consume(STEADY, record, Note.class, event -> store(STEADY, event));
    }

    private void store(String consumer, IncomingEvent<Note> event) {
        jdbc.sql("INSERT INTO handled (event_id, payload) VALUES (:id, :consumer)")
                .param("id", event.id()).param("consumer", consumer).update();
    }
}
