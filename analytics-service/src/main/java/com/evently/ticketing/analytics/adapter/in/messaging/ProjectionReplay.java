package com.evently.ticketing.analytics.adapter.in.messaging;

import com.evently.ticketing.analytics.application.port.out.ProjectionSource;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import com.evently.ticketing.platform.inbox.MalformedEventException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Rebuilds the projection from every event the topics still hold, read from their beginning with a consumer of its
 * own (assigned, outside the service's consumer group, committing nothing), through the same recording code as the
 * live listeners but without the inbox: the projection's rules are idempotent by themselves. Events that were
 * dead-lettered live are skipped again. The rebuild itself (transaction, lock, emptying) is the use case's.
 */
@Component
class ProjectionReplay implements ProjectionSource {

    private static final Logger log = LoggerFactory.getLogger(ProjectionReplay.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final ConsumerFactory<?, ?> consumers;
    private final JsonMapper json;
    private final List<ProjectionFeed> feeds;

    ProjectionReplay(ConsumerFactory<?, ?> consumers, JsonMapper json,
                     List<ProjectionFeed> feeds) {
        this.consumers = consumers;
        this.json = json;
        this.feeds = List.copyOf(feeds);
    }

    @Override
    public long replayAll() {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (Consumer<String, String> consumer = stringConsumer(overrides)) {
            List<TopicPartition> partitions = feeds.stream()
                    .flatMap(feed -> partitionsOf(consumer, feed.topic()).stream()).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // taken under the projection's lock: whatever is published later is the live consumers' to apply
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long applied = 0;
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < end.get(partition) && apply(record)) {
                        applied++;
                    }
                }
            }
            log.info("Projection replayed {} events", applied);
            return applied;
        }
    }

    /** The service's consumers read keys and values as strings, like its listeners' {@code ConsumerRecord}s. */
    @SuppressWarnings("unchecked")
    private Consumer<String, String> stringConsumer(Properties overrides) {
        return (Consumer<String, String>) consumers.createConsumer(null, "analytics-replay", null, overrides);
    }

    private static List<TopicPartition> partitionsOf(Consumer<String, String> consumer, String topic) {
        List<PartitionInfo> partitions = consumer.partitionsFor(topic);
        return partitions == null ? List.of()
                : partitions.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    private boolean apply(ConsumerRecord<String, String> record) {
        String type = IncomingEvent.typeOf(record);
        for (ProjectionFeed feed : feeds) {
            Class<?> payloadType = feed.topic().equals(record.topic()) ? feed.payloadType(type) : null;
            if (payloadType == null) {
                continue;
            }
            try {
                feed.apply(type, json.readValue(record.value(), payloadType));
                return true;
            } catch (MalformedEventException | JacksonException | IllegalArgumentException e) {
                log.warn("Replay skips {} at {}-{}@{}, as the live consumer dead-lettered it: {}", type,
                        record.topic(), record.partition(), record.offset(), e.getMessage());
                return false;
            }
        }
        return false;
    }
}
