package com.evently.ticketing.platform.deadletter;

import com.evently.ticketing.contracts.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Puts dead-lettered records back on their topic once whatever made them fail is fixed.
 * <p>
 * Reads {@code <topic>.dlt} with a consumer group of its own ({@code redrive-group}), from the offsets it committed
 * after the previous redrive up to the end offsets at the time of the call, and republishes each record to its
 * original topic with its key, value and headers ({@code ce_id} included) minus Spring Kafka's {@code kafka_dlt-*}
 * diagnostics. Offsets are committed only after the broker acknowledged every republished record. Every consumer
 * group of the topic sees the record again: the one that failed processes it, the ones that had processed it find
 * its {@code ce_id} in their inbox and change nothing. A record still failing lands on the dead-letter topic again.
 * <p>
 * At least once: a crash between republishing and committing, or two replicas redriving the same topic at the same
 * moment, republishes records twice, which the inboxes absorb. A redriven record lands after everything published
 * to its topic since it failed; consumers must not rely on it arriving in its original place.
 */
public class DeadLetterRedrive {

    /** What became of a redrive request. */
    public sealed interface Outcome {
    }

    /** Republished {@code republished} records; {@code remaining} were left for another call (time ran out). */
    public record Redriven(String topic, String deadLetterTopic, int republished, long remaining) implements Outcome {
    }

    /** Not a topic whose dead letters this service handles. */
    public record UnknownTopic(String topic) implements Outcome {
    }

    /** A redrive of the topic is under way in this replica. */
    public record AlreadyRunning(String topic) implements Outcome {
    }

    /** Kafka did not answer in time; nothing was committed, a later call starts where the last completed one ended. */
    public record BrokerUnavailable(String topic, String reason) implements Outcome {
    }

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRedrive.class);
    private static final String DEAD_LETTER_DIAGNOSTICS = "kafka_dlt-";
    private static final Duration POLL = Duration.ofMillis(200);

    private final ConsumerFactory<String, String> consumers;
    private final KafkaTemplate<String, String> kafka;
    private final DeadLetterProperties properties;
    private final MeterRegistry meters;
    private final Map<String, ReentrantLock> redriving = new ConcurrentHashMap<>();

    DeadLetterRedrive(ConsumerFactory<String, String> consumers, KafkaTemplate<String, String> kafka,
                      DeadLetterProperties properties, MeterRegistry meters) {
        this.consumers = consumers;
        this.kafka = kafka;
        this.properties = properties;
        this.meters = meters;
    }

    public Outcome redrive(String topic) {
        if (!properties.isKnown(topic)) {
            return new UnknownTopic(topic);
        }
        ReentrantLock lock = redriving.computeIfAbsent(topic, ignored -> new ReentrantLock());
        if (!lock.tryLock()) {
            return new AlreadyRunning(topic);
        }
        try {
            Redriven redriven = republish(topic);
            Counter.builder("ticketing.dead.letters.redriven").description("Dead-lettered records put back on their topic")
                    .tag("topic", topic).register(meters).increment(redriven.republished());
            log.info("Redrove {} records from {} to {}, {} left", redriven.republished(), redriven.deadLetterTopic(),
                    topic, redriven.remaining());
            return redriven;
        } catch (KafkaException | ExecutionException | TimeoutException e) {
            log.warn("Redrive of {} failed, nothing committed: {}", topic, e.toString());
            return new BrokerUnavailable(topic, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new BrokerUnavailable(topic, "interrupted");
        } finally {
            lock.unlock();
        }
    }

    private Redriven republish(String topic) throws ExecutionException, TimeoutException, InterruptedException {
        String deadLetterTopic = Topics.deadLetterOf(topic);
        Duration timeout = properties.timeout();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Consumer<String, String> consumer = consumers.createConsumer(properties.redriveGroup(),
                "dead-letter-redrive", null, redriveConsumerSettings())) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic, timeout).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            if (partitions.isEmpty()) {
                return new Redriven(topic, deadLetterTopic, 0, 0);
            }
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            // starts at the group's committed offsets, else at the beginning (auto.offset.reset)
            consumer.assign(partitions);
            Set<TopicPartition> open = new HashSet<>(partitions);
            open.removeIf(partition -> consumer.position(partition, timeout) >= end.get(partition));
            Map<TopicPartition, OffsetAndMetadata> redriven = new HashMap<>();
            List<CompletableFuture<SendResult<String, String>>> sends = new ArrayList<>();
            while (!open.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    // dead-lettered after the call began: left for the next redrive
                    if (record.offset() < end.get(partition)) {
                        sends.add(kafka.send(republished(topic, record)));
                        redriven.put(partition, new OffsetAndMetadata(record.offset() + 1));
                    }
                }
                open.removeIf(partition -> consumer.position(partition, timeout) >= end.get(partition));
            }
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(Math.max(0, deadline - System.nanoTime()) + timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (!redriven.isEmpty()) {
                consumer.commitSync(redriven, timeout);
            }
            long remaining = 0;
            for (TopicPartition partition : partitions) {
                long next = redriven.containsKey(partition) ? redriven.get(partition).offset()
                        : consumer.position(partition, timeout);
                remaining += Math.max(0, end.get(partition) - next);
            }
            return new Redriven(topic, deadLetterTopic, sends.size(), remaining);
        }
    }

    private static Properties redriveConsumerSettings() {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // asking for an absent dead-letter topic must not create it
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        return settings;
    }

    private static ProducerRecord<String, String> republished(String topic, ConsumerRecord<String, String> dead) {
        List<Header> headers = new ArrayList<>();
        for (Header header : dead.headers()) {
            if (!header.key().startsWith(DEAD_LETTER_DIAGNOSTICS)) {
                headers.add(header);
            }
        }
        return new ProducerRecord<>(topic, null, dead.key(), dead.value(), headers);
    }
}
