package com.evently.ticketing.deploy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a consumer group's committed offset, as an operator replaying a partition would. Kafka only lets an empty
 * group's offsets be changed: stop the group's consumers first, start them again afterwards.
 */
public final class ConsumerGroupOffsets {

    private static final Duration WAIT_FOR_EMPTY_GROUP = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(ConsumerGroupOffsets.class);

    private ConsumerGroupOffsets() {
    }

    /**
     * Sets the group's offset of the partition to the earliest record still on the broker, so that the group's next
     * consumer reads the partition again from its start.
     *
     * @return how many records the group will read again (the distance it was moved back)
     */
    public static long rewindToStart(String bootstrapServers, String group, TopicPartition partition) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "chaos-offset-rewind");
        try (Admin admin = Admin.create(properties)) {
            long earliest = admin.listOffsets(Map.of(partition, OffsetSpec.earliest())).partitionResult(partition)
                    .get(30, TimeUnit.SECONDS).offset();
            OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                    .get(30, TimeUnit.SECONDS).get(partition);
            Instant deadline = Instant.now().plus(WAIT_FOR_EMPTY_GROUP);
            while (true) {
                try {
                    admin.alterConsumerGroupOffsets(group, Map.of(partition, new OffsetAndMetadata(earliest)))
                            .all().get(30, TimeUnit.SECONDS);
                    long rewound = committed == null ? 0 : committed.offset() - earliest;
                    log.info("group {} rewound on {} from {} to {}", group, partition,
                            committed == null ? "nothing committed" : committed.offset(), earliest);
                    return rewound;
                } catch (ExecutionException e) {
                    // a member that left a moment ago may still be counted until the coordinator notices
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("could not rewind group " + group + " on " + partition, e);
                    }
                    log.info("group {} not yet empty ({}), trying again", group, e.getCause().toString());
                    Thread.sleep(1_000);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rewinding group " + group, e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("could not read the offsets of group " + group + " on " + partition, e);
        }
    }
}
