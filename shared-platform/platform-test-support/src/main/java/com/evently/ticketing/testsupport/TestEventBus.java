package com.evently.ticketing.testsupport;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Headers;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/**
 * Talks to the test broker the way other services do: publishes CloudEvents-headed records (to feed a
 * consumer, or to redeliver one with the same {@code ce_id}) and reads what a service published.
 */
public final class TestEventBus {

    public record Message(String topic, String key, String eventId, String eventType, String payload) {
    }

    /** Publishes {@code payloadJson} as a new event and returns its {@code ce_id}. */
    public static String publish(String eventType, String key, String payloadJson) {
        String eventId = UUID.randomUUID().toString();
        publish(eventType, key, payloadJson, eventId);
        return eventId;
    }

    /** Publishes with a given {@code ce_id}: call twice with one id to simulate a redelivery. */
    public static void publish(String eventType, String key, String payloadJson, String eventId) {
        ProducerRecord<String, String> record = new ProducerRecord<>(EventTypes.topicOf(eventType), key, payloadJson);
        header(record, Headers.ID, eventId);
        header(record, Headers.TYPE, eventType);
        header(record, Headers.SOURCE, "/test");
        header(record, Headers.TIME, Instant.now().toString());
        header(record, Headers.SPEC_VERSION, Headers.CLOUD_EVENTS_SPEC_VERSION);
        header(record, Headers.CONTENT_TYPE, Headers.JSON);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Test publish failed", e);
        }
    }

    /**
     * Reads the topic from the beginning until {@code expected} messages matching {@code filter} were seen or
     * {@code timeout} passed, and returns the matches (possibly fewer: callers assert on the count).
     */
    public static List<Message> await(String topic, Predicate<Message> filter, int expected, Duration timeout) {
        List<Message> matches = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            // manual assignment: no group coordination to wait for, every partition read from the start
            Instant deadline = Instant.now().plus(timeout);
            List<TopicPartition> partitions = partitionsOf(consumer, topic, deadline);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (matches.size() < expected && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    Message message = new Message(record.topic(), record.key(),
                            text(record.headers().lastHeader(Headers.ID)),
                            text(record.headers().lastHeader(Headers.TYPE)), record.value());
                    if (filter.test(message)) {
                        matches.add(message);
                    }
                }
            }
        }
        return matches;
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<String, String> consumer, String topic, Instant deadline) {
        while (true) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            if (!partitions.isEmpty() || Instant.now().isAfter(deadline)) {
                return partitions.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            }
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(Header header) {
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private TestEventBus() {
    }
}
