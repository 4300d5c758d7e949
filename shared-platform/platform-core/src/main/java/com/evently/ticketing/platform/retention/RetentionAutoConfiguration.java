package com.evently.ticketing.platform.retention;

import com.evently.ticketing.platform.time.ClockAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Clock;

@AutoConfiguration(after = {DataSourceAutoConfiguration.class, ClockAutoConfiguration.class})
@ConditionalOnClass(JdbcClient.class)
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(RetentionProperties.class)
public class RetentionAutoConfiguration {

    @Bean
    RetentionPurge retentionPurge(JdbcClient jdbc, ObjectProvider<RetentionRule> rules, RetentionProperties properties,
                                  Clock clock, MeterRegistry meters) {
        return new RetentionPurge(jdbc, rules.orderedStream().toList(), properties, clock, meters);
    }
}
