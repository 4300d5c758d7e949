package com.evently.ticketing.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * The counters of consumers' failures that the alerts and the reliability dashboard read, per topic, consumer group
 * and failure kind. Once the application has started they exist at zero for every listener: a counter that first
 * appeared with the first failure would leave {@code rate()} and {@code increase()} without data until then, which
 * on a dashboard looks like a broken scrape and lets an alert's first failure slip past {@code increase()}.
 */
final class ConsumerFailureMeters implements ApplicationListener<ApplicationStartedEvent> {

    static final String FAILURES = "ticketing.consumer.failures";
    static final String DEAD_LETTERED = "ticketing.consumer.dead.lettered";

    private final ObjectProvider<KafkaListenerEndpointRegistry> listeners;
    private final MeterRegistry meters;

    ConsumerFailureMeters(ObjectProvider<KafkaListenerEndpointRegistry> listeners, MeterRegistry meters) {
        this.listeners = listeners;
        this.meters = meters;
    }

    /** Failed deliveries of a record to a consumer, retried or not. */
    static Counter failures(MeterRegistry meters, String topic, String group, ConsumerFailure failure) {
        return Counter.builder(FAILURES)
                .description("Failed deliveries of a record to a consumer, retried or not")
                .tags("topic", topic, "group", group, "failure", failure.tag())
                .register(meters);
    }

    /** Records a consumer sent to the dead-letter topic. */
    static Counter deadLettered(MeterRegistry meters, String topic, String group, ConsumerFailure failure) {
        return Counter.builder(DEAD_LETTERED)
                .description("Records a consumer sent to the dead-letter topic")
                .tags("topic", topic, "group", group, "failure", failure.tag())
                .register(meters);
    }

    /** By now every {@code @KafkaListener}'s container exists (they are created once all singletons are). */
    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        listeners.ifAvailable(registry -> registry.getListenerContainers().forEach(this::registerAtZero));
    }

    private void registerAtZero(MessageListenerContainer container) {
        String group = container.getGroupId();
        String[] topics = container.getContainerProperties().getTopics();
        if (group == null || topics == null) {
            return;
        }
        for (String topic : topics) {
            for (ConsumerFailure failure : ConsumerFailure.values()) {
                failures(meters, topic, group, failure);
                // infrastructure failures are retried without limit, never dead-lettered
                if (failure != ConsumerFailure.INFRASTRUCTURE) {
                    deadLettered(meters, topic, group, failure);
                }
            }
        }
    }
}
