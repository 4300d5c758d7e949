package com.evently.ticketing.platform.persistence;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Migrate-only mode of every service with a schema: runs the service's Liquibase changelog against its schema and
 * exits, 0 once the schema is up to date. The Kubernetes migration Jobs run it in the service's own image before
 * the service's pods, which start with {@code spring.liquibase.enabled=false} under a role without DDL rights
 * (deploy/k8s, docs/deploy.md):
 * <pre>java -cp @/app/jib-classpath-file com.evently.ticketing.platform.persistence.SchemaMigration</pre>
 * It starts the data source and Liquibase and nothing else: no web server, no Kafka and none of the service's own
 * beans, so it needs the database settings ({@code TICKETING_DB_*}) and no other secret, and no start-up work of
 * the service (a bootstrap administrator, signing keys) runs under the migration role. The changelog and schema
 * come from the service's application.yml on the same classpath, as when the service migrates itself.
 */
public final class SchemaMigration {

    private SchemaMigration() {
    }

    public static void main(String[] args) {
        int exitCode;
        try {
            exitCode = migrate(args);
        } catch (RuntimeException e) {
            // Spring Boot has already logged why the migration failed
            exitCode = 1;
        }
        System.exit(exitCode);
    }

    /** Migrates, closes what it started and returns the exit code: 0 once the schema is up to date. */
    public static int migrate(String... args) {
        return SpringApplication.exit(start(args));
    }

    /** Migrates; the returned context holds only the data source and Liquibase, and is still open. */
    static ConfigurableApplicationContext start(String... args) {
        SpringApplication application = new SpringApplication(Migration.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        // command-line arguments outrank the environment: the Deployments' ConfigMap turns Liquibase off
        String[] migrating = Stream.concat(Arrays.stream(args), Stream.of("--spring.liquibase.enabled=true"))
                .toArray(String[]::new);
        return application.run(migrating);
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, LiquibaseAutoConfiguration.class,
            PersistenceAutoConfiguration.class})
    static class Migration {
    }
}
