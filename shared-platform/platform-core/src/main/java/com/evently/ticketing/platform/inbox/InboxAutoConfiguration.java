package com.evently.ticketing.platform.inbox;

import com.evently.ticketing.contracts.Topics;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;

@AutoConfiguration(before = KafkaAutoConfiguration.class, after = DataSourceAutoConfiguration.class)
@ConditionalOnClass({KafkaTemplate.class, JdbcClient.class})
public class InboxAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(InboxAutoConfiguration.class);

    @Bean
    @ConditionalOnBean(DataSource.class)
    IdempotentConsumer idempotentConsumer(JdbcClient jdbc, PlatformTransactionManager transactions, JsonMapper json) {
        return new IdempotentConsumer(jdbc, new TransactionTemplate(transactions), json);
    }

    /**
     * Bounded retries with backoff for transient failures, then the record goes to {@code <topic>.dlt} so one
     * poison message cannot block its partition. Malformed records skip the retries.
     */
    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    CommonErrorHandler deadLetteringErrorHandler(KafkaTemplate<String, String> kafka) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        ConsumerRecordRecoverer recoverer = (record, exception) -> {
            log.error("Parking {}-{}@{} on {} after failed processing: {}", record.topic(), record.partition(),
                    record.offset(), Topics.deadLetterOf(record.topic()), exception.toString());
            deadLetters.accept(record, exception);
        };
        ExponentialBackOff backOff = new ExponentialBackOff(200, 3.0);
        backOff.setMaxAttempts(4);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }
}
