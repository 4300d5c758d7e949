package com.evently.ticketing.platform.deadletter;

import com.evently.ticketing.contracts.Topics;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaAdmin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How many dead-lettered records of each topic wait for a redrive: the end offsets of {@code <topic>.dlt} minus
 * the redrive group's committed offsets (or the earliest offsets, before any redrive). Exported as the gauge
 * {@code ticketing.dead.letters.pending} (tag topic), which the alert on dead letters reads: unlike a counter it
 * stays up until the records are redriven, across restarts. Readings are reused for {@code backlog-refresh} so a
 * scrape rarely waits for Kafka; NaN when Kafka could not be asked.
 */
public class DeadLetterBacklog implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterBacklog.class);
    /** A scrape must not hang on an unreachable broker. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

    private record Reading(double pending, Instant at) {
    }

    private final KafkaAdmin kafkaAdmin;
    private final DeadLetterProperties properties;
    private final Map<String, Reading> readings = new ConcurrentHashMap<>();
    private volatile Admin admin;

    DeadLetterBacklog(KafkaAdmin kafkaAdmin, DeadLetterProperties properties, MeterRegistry meters) {
        this.kafkaAdmin = kafkaAdmin;
        this.properties = properties;
        for (String topic : properties.topics()) {
            Gauge.builder("ticketing.dead.letters.pending", this, backlog -> backlog.recentPendingOf(topic))
                    .description("Dead-lettered records not yet redriven")
                    .tag("topic", topic)
                    .register(meters);
        }
    }

    private double recentPendingOf(String topic) {
        Reading last = readings.get(topic);
        if (last != null && last.at().plus(properties.backlogRefresh()).isAfter(Instant.now())) {
            return last.pending();
        }
        double pending;
        try {
            pending = pendingOf(topic);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.debug("Dead-letter backlog of {} unknown: {}", topic, e.toString());
            pending = Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending = Double.NaN;
        }
        readings.put(topic, new Reading(pending, Instant.now()));
        return pending;
    }

    /** Asks Kafka now. */
    long pendingOf(String topic) throws ExecutionException, TimeoutException, InterruptedException {
        String deadLetterTopic = Topics.deadLetterOf(topic);
        Admin kafka = admin();
        TopicDescription description;
        try {
            description = kafka.describeTopics(List.of(deadLetterTopic)).allTopicNames()
                    .get(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(deadLetterTopic);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return 0;
            }
            throw e;
        }
        List<TopicPartition> partitions = description.partitions().stream()
                .map(partition -> new TopicPartition(deadLetterTopic, partition.partition())).toList();
        Map<TopicPartition, Long> end = offsets(kafka, partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> earliest = offsets(kafka, partitions, OffsetSpec.earliest());
        Map<TopicPartition, OffsetAndMetadata> redriven = kafka.listConsumerGroupOffsets(properties.redriveGroup())
                .partitionsToOffsetAndMetadata().get(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        long pending = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata committed = redriven.get(partition);
            long from = Math.max(earliest.get(partition), committed == null ? 0 : committed.offset());
            pending += Math.max(0, end.get(partition) - from);
        }
        return pending;
    }

    private static Map<TopicPartition, Long> offsets(Admin kafka, List<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, TimeoutException, InterruptedException {
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets = kafka
                .listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), partition -> spec)))
                .all().get(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        return offsets.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    private Admin admin() {
        Admin current = admin;
        if (current == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = Admin.create(kafkaAdmin.getConfigurationProperties());
                }
                current = admin;
            }
        }
        return current;
    }

    @Override
    public void destroy() {
        Admin current = admin;
        if (current != null) {
            current.close(Duration.ofSeconds(5));
        }
    }
}
