package com.evently.ticketing.platform.outbox;

import com.evently.ticketing.platform.retention.RetentionRule;
import com.evently.ticketing.platform.time.ClockAutoConfiguration;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.Map;

@AutoConfiguration(after = {DataSourceAutoConfiguration.class, KafkaAutoConfiguration.class,
        ClockAutoConfiguration.class})
@ConditionalOnClass({KafkaTemplate.class, JdbcClient.class})
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    /** The delivery guarantees the outbox relies on; not left to configuration. */
    @Bean
    DefaultKafkaProducerFactoryCustomizer outboxProducerGuarantees() {
        return factory -> factory.updateConfigs(Map.of(
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 25_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000));
    }

    /** Present whenever Micrometer Tracing is (management.tracing.enabled, the default). */
    @Bean
    OutboxTraceContext outboxTraceContext(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer available = tracer.getIfAvailable();
        Propagator propagating = propagator.getIfAvailable();
        return available == null || propagating == null ? OutboxTraceContext.NONE
                : new OutboxTraceContext(available, propagating);
    }

    @Bean
    OutboxRelay outboxRelay(JdbcClient jdbc, PlatformTransactionManager transactions, KafkaTemplate<String, String> kafka,
                            JsonMapper json, OutboxProperties properties, Clock clock, MeterRegistry meters,
                            OutboxTraceContext traceContext) {
        return new OutboxRelay(jdbc, new TransactionTemplate(transactions), kafka, json, properties, clock, meters,
                traceContext);
    }

    /** Published rows are deleted after the retention; unpublished and parked ones are kept (published_at null). */
    @Bean
    RetentionRule publishedOutboxRows(OutboxProperties properties) {
        return RetentionRule.of("outbox", "published_at", properties.retention());
    }

    @Bean
    OutboxWriter outboxWriter(JdbcClient jdbc, JsonMapper json, Environment environment, Clock clock, OutboxRelay relay,
                              OutboxTraceContext traceContext) {
        String source = "/" + environment.getProperty("spring.application.name", "ticketing");
        return new OutboxWriter(jdbc, json, source, clock, relay::wakeUp, traceContext);
    }

    @Bean
    OutboxMetrics outboxMetrics(JdbcClient jdbc, MeterRegistry meters) {
        return new OutboxMetrics(jdbc, meters);
    }

    /** Gauges read at scrape time: how much is waiting, for how long (the outbox lag), and what was parked. */
    static final class OutboxMetrics {

        OutboxMetrics(JdbcClient jdbc, MeterRegistry meters) {
            Gauge.builder("ticketing.outbox.pending", jdbc, db -> query(db,
                            "SELECT count(*) FROM outbox WHERE published_at IS NULL AND failed_at IS NULL"))
                    .description("Outbox rows not yet acknowledged by Kafka, parked rows aside").register(meters);
            Gauge.builder("ticketing.outbox.lag", jdbc, db -> query(db, """
                            SELECT coalesce(extract(epoch FROM now() - min(occurred_at)), 0) FROM outbox
                            WHERE published_at IS NULL AND failed_at IS NULL"""))
                    .description("Age in seconds of the oldest unpublished outbox row, parked rows aside")
                    .baseUnit("seconds").register(meters);
            Gauge.builder("ticketing.outbox.parked", jdbc, db -> query(db,
                            "SELECT count(*) FROM outbox WHERE failed_at IS NOT NULL AND published_at IS NULL"))
                    .description("Outbox rows parked after their last attempt; later rows of their aggregates wait")
                    .register(meters);
        }

        private static double query(JdbcClient jdbc, String sql) {
            try {
                return jdbc.sql(sql).query(Number.class).single().doubleValue();
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }
    }
}
