package com.evently.ticketing.platform.persistence;

import com.evently.ticketing.platform.time.ClockAutoConfiguration;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

import javax.sql.DataSource;
import java.time.Clock;

@AutoConfiguration(after = {DataSourceAutoConfiguration.class, ClockAutoConfiguration.class})
@ConditionalOnClass(SpringLiquibase.class)
public class PersistenceAutoConfiguration {

    @Bean
    static ServiceSchemaCreator serviceSchemaCreator() {
        return new ServiceSchemaCreator();
    }

    /** Where the schema is migrated by someone else (SchemaMigration in a Job), start-up waits for it. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "spring.liquibase.enabled", havingValue = "false")
    @ConditionalOnBean(DataSource.class)
    @EnableConfigurationProperties({MigrationWaitProperties.class, LiquibaseProperties.class})
    static class MigratedElsewhere {

        @Bean
        WaitingForMigratedSchema waitingForMigratedSchema(DataSource dataSource, LiquibaseProperties liquibase,
                                                          ResourceLoader resourceLoader, MigrationWaitProperties wait,
                                                          Clock clock) {
            return new WaitingForMigratedSchema(new PendingChangeSets(dataSource, liquibase, resourceLoader), wait,
                    clock);
        }
    }
}
