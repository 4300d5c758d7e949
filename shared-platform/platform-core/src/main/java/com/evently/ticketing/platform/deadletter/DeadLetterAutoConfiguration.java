package com.evently.ticketing.platform.deadletter;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The admin's redrive endpoint and the dead-letter backlog gauge, where
 * {@code ticketing.dead-letters.redrive-enabled} is true: the suite's defaults turn it off and analytics-service,
 * where the gateway routes the endpoint, on, so that one service rather than six polls Kafka for the backlog.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnClass(KafkaTemplate.class)
@ConditionalOnProperty(prefix = "ticketing.dead-letters", name = "redrive-enabled", matchIfMissing = true)
@EnableConfigurationProperties(DeadLetterProperties.class)
public class DeadLetterAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    DeadLetterRedrive deadLetterRedrive(ConsumerFactory<String, String> consumers, KafkaTemplate<String, String> kafka,
                                        DeadLetterProperties properties, MeterRegistry meters) {
        return new DeadLetterRedrive(consumers, kafka, properties, meters);
    }

    @Bean
    @ConditionalOnMissingBean
    DeadLetterBacklog deadLetterBacklog(KafkaAdmin kafkaAdmin, DeadLetterProperties properties, MeterRegistry meters) {
        return new DeadLetterBacklog(kafkaAdmin, properties, meters);
    }

    /** Missing-bean: an application that component-scans this package has registered it already. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    DeadLetterRedriveController deadLetterRedriveController(DeadLetterRedrive redrive) {
        return new DeadLetterRedriveController(redrive);
    }
}
