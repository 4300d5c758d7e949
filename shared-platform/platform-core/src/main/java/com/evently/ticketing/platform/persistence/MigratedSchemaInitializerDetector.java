package com.evently.ticketing.platform.persistence;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

import java.util.Set;

/**
 * Makes {@link WaitingForMigratedSchema} count as the database's initializer, as Liquibase does where it runs:
 * Spring Boot then creates every bean that uses the database (JdbcClient, JdbcTemplate, the repositories) after it.
 */
class MigratedSchemaInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(WaitingForMigratedSchema.class);
    }
}
