package com.evently.ticketing.platform.inbox;

import com.evently.ticketing.platform.retention.RetentionRule;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;

@AutoConfiguration(before = KafkaAutoConfiguration.class, after = DataSourceAutoConfiguration.class)
@ConditionalOnClass({KafkaTemplate.class, JdbcClient.class})
@EnableConfigurationProperties(InboxProperties.class)
public class InboxAutoConfiguration {

    @Bean
    @ConditionalOnBean(DataSource.class)
    IdempotentConsumer idempotentConsumer(JdbcClient jdbc, PlatformTransactionManager transactions, JsonMapper json) {
        return new IdempotentConsumer(jdbc, new TransactionTemplate(transactions), json);
    }

    /** Processed event ids are forgotten after the retention; see {@link InboxProperties#retention()}. */
    @Bean
    @ConditionalOnBean(DataSource.class)
    RetentionRule processedEventIds(InboxProperties properties) {
        return RetentionRule.of("inbox", "received_at", properties.retention());
    }

    /** Picked up by Boot's listener container factory, hence by every {@code @KafkaListener}. */
    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    RetryingDeadLetterErrorHandler deadLetteringErrorHandler(KafkaTemplate<String, String> kafka,
                                                             InboxProperties properties, MeterRegistry meters) {
        return RetryingDeadLetterErrorHandler.create(kafka, properties.retry(), meters);
    }

    @Bean
    ConsumerFailureMeters consumerFailureMeters(ObjectProvider<KafkaListenerEndpointRegistry> listeners,
                                                MeterRegistry meters) {
        return new ConsumerFailureMeters(listeners, meters);
    }
}
