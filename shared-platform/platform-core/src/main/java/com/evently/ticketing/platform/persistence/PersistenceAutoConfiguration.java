package com.evently.ticketing.platform.persistence;

import liquibase.integration.spring.SpringLiquibase;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

@AutoConfiguration
@ConditionalOnClass(SpringLiquibase.class)
public class PersistenceAutoConfiguration {

    @Bean
    static ServiceSchemaCreator serviceSchemaCreator() {
        return new ServiceSchemaCreator();
    }
}
