package com.evently.ticketing.testsupport;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.util.Map;

/** One real Kafka broker (KRaft, in this JVM) shared by all tests of the JVM; topics are auto-created. */
public final class TestKafka {

    private static volatile EmbeddedKafkaKraftBroker broker;

    public static String bootstrapServers() {
        if (broker == null) {
            synchronized (TestKafka.class) {
                if (broker == null) {
                    EmbeddedKafkaKraftBroker started = new EmbeddedKafkaKraftBroker(1, 2);
                    started.brokerProperties(Map.of(
                            "auto.create.topics.enable", "true",
                            "group.initial.rebalance.delay.ms", "0",
                            "transaction.state.log.replication.factor", "1",
                            "transaction.state.log.min.isr", "1"));
                    started.afterPropertiesSet();
                    Runtime.getRuntime().addShutdownHook(new Thread(started::destroy, "test-kafka-stop"));
                    broker = started;
                }
            }
        }
        return broker.getBrokersAsString();
    }

    private TestKafka() {
    }
}
