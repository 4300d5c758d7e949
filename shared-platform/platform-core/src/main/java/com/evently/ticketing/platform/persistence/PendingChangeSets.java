package com.evently.ticketing.platform.persistence;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.StringUtils;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The changesets of the service's changelog that its schema has not had yet, as Liquibase decides it for an update:
 * read with the same settings and resource lookup as Spring Boot's migration, so that a changeset's recorded path
 * matches. Only reads the changelog table: takes no lock and creates nothing (a role with SELECT suffices).
 * Not a bean: a SpringLiquibase bean would migrate.
 */
final class PendingChangeSets extends SpringLiquibase {

    PendingChangeSets(DataSource dataSource, LiquibaseProperties properties, ResourceLoader resourceLoader) {
        setDataSource(dataSource);
        setResourceLoader(resourceLoader);
        setChangeLog(properties.getChangeLog());
        setDefaultSchema(properties.getDefaultSchema());
        setLiquibaseSchema(properties.getLiquibaseSchema());
        setDatabaseChangeLogTable(properties.getDatabaseChangeLogTable());
        setDatabaseChangeLogLockTable(properties.getDatabaseChangeLogLockTable());
        setContexts(commaSeparated(properties.getContexts()));
        setLabelFilter(commaSeparated(properties.getLabelFilter()));
        setChangeLogParameters(properties.getParameters());
    }

    /** Each pending changeset as {@code path::id::author}; empty when the schema is up to date. */
    List<String> list() throws LiquibaseException, SQLException {
        try (Connection connection = getDataSource().getConnection();
             Liquibase liquibase = createLiquibase(connection)) {
            // Parsed first, outside Liquibase's scope: parsed inside it (as listUnrunChangeSets would), an include
            // makes Liquibase create its changelog table, which needs DDL rights and races a concurrent migration.
            liquibase.getDatabaseChangeLog();
            // false: neither create Liquibase's tables nor take its lock, as an update would
            return liquibase.listUnrunChangeSets(new Contexts(getContexts()), new LabelExpression(getLabelFilter()), false)
                    .stream().map(ChangeSet::toString).toList();
        }
    }

    private static String commaSeparated(List<String> values) {
        return values == null ? null : StringUtils.collectionToCommaDelimitedString(values);
    }
}
