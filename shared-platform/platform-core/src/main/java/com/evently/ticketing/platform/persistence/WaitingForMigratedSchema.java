package com.evently.ticketing.platform.persistence;

import liquibase.exception.LiquibaseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Start-up of a service that does not migrate its own schema ({@code spring.liquibase.enabled=false}; on Kubernetes
 * a Job runs {@link SchemaMigration} first): waits until every changeset of the service's changelog has been
 * applied, and only then are the beans that use the database created. A pod of a new version started beside its
 * migration Job would otherwise serve with tables or columns missing. Fails the start when the migration has not
 * come within the configured wait, naming what is missing.
 */
final class WaitingForMigratedSchema implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(WaitingForMigratedSchema.class);

    private final PendingChangeSets pending;
    private final MigrationWaitProperties properties;
    private final Clock clock;

    WaitingForMigratedSchema(PendingChangeSets pending, MigrationWaitProperties properties, Clock clock) {
        this.pending = pending;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() throws LiquibaseException, SQLException, InterruptedException {
        Instant deadline = clock.instant().plus(properties.timeout());
        List<String> missing = pending.list();
        while (!missing.isEmpty()) {
            if (!clock.instant().isBefore(deadline)) {
                throw new IllegalStateException(missing.size() + " changesets of " + pending.getChangeLog()
                        + " are not applied to schema " + pending.getDefaultSchema() + " (the first: " + missing.getFirst()
                        + "). Liquibase is off in this process: run the schema migration first (SchemaMigration, on"
                        + " Kubernetes the service's migration Job), or set spring.liquibase.enabled=true.");
            }
            log.info("Waiting for the schema migration: {} changesets of {} not applied yet (the first: {})",
                    missing.size(), pending.getChangeLog(), missing.getFirst());
            Thread.sleep(properties.pollInterval());
            missing = pending.list();
        }
    }
}
