package com.evently.ticketing.platform.persistence;

import liquibase.integration.spring.SpringLiquibase;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.regex.Pattern;

/**
 * Creates the service's own schema right before Liquibase migrates it: Liquibase keeps its changelog tables
 * in that schema and cannot create the schema it is about to write into. Where the operator created the schema
 * for the service's own database role (deploy/k8s/README.md), it is only used.
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
            JdbcTemplate jdbc = new JdbcTemplate(liquibase.getDataSource());
            // Asked first because CREATE SCHEMA, even IF NOT EXISTS, needs the right to create schemas, which a
            // service's own role (given its schema by the operator) does not have.
            Boolean exists = jdbc.queryForObject("SELECT to_regnamespace(?) IS NOT NULL", Boolean.class, schema);
            if (!Boolean.TRUE.equals(exists)) {
                jdbc.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            }
        }
        return bean;
    }
}
