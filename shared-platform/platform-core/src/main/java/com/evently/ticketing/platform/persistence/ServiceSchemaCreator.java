package com.evently.ticketing.platform.persistence;

import liquibase.integration.spring.SpringLiquibase;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.regex.Pattern;

/**
 * Creates the service's own schema right before Liquibase migrates it: Liquibase keeps its changelog tables
 * in that schema and cannot create the schema it is about to write into.
 */
class ServiceSchemaCreator implements BeanPostProcessor {

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) throws BeansException {
        if (bean instanceof SpringLiquibase liquibase && liquibase.getDefaultSchema() != null) {
            String schema = liquibase.getDefaultSchema();
            if (!SAFE_NAME.matcher(schema).matches()) {
                throw new IllegalStateException("ticketing.db.schema must be a plain lower-case identifier: " + schema);
            }
            new JdbcTemplate(liquibase.getDataSource()).execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        }
        return bean;
    }
}
