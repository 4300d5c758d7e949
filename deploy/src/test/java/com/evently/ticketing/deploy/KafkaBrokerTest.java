package com.evently.ticketing.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class KafkaBrokerTest {

    @TempDir
    Path dataDirectory;

    /** One test for both, because every broker start costs seconds: the budget for this module is a minute. */
    @Test
    void recordProducedToANewTopicIsConsumedBackAlsoAfterARestartOnTheSameDataDirectory() throws Exception {
        SuitePorts ports = SuitePorts.free();
        try (KafkaBroker broker = KafkaBroker.start(dataDirectory, ports.kafka(), ports.kafkaController())) {
            produce(broker.bootstrapServers(), "booking.events.v1", "booking-1", "{\"type\":\"BookingConfirmed\"}");

            List<ConsumerRecord<String, String>> records =
                    consumeFromStart(broker.bootstrapServers(), "booking.events.v1", 1);

            assertThat(records).singleElement().satisfies(record -> {
                assertThat(record.key()).isEqualTo("booking-1");
                assertThat(record.value()).isEqualTo("{\"type\":\"BookingConfirmed\"}");
            });
        }

        try (KafkaBroker restarted = KafkaBroker.start(dataDirectory, ports.kafka(), ports.kafkaController())) {
            List<ConsumerRecord<String, String>> records =
                    consumeFromStart(restarted.bootstrapServers(), "booking.events.v1", 1);

            assertThat(records).extracting(ConsumerRecord::key).containsExactly("booking-1");
        }
    }

    private static void produce(String bootstrapServers, String topic, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private static List<ConsumerRecord<String, String>> consumeFromStart(String bootstrapServers, String topic,
            int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
            }
        }
        return received;
    }
}
