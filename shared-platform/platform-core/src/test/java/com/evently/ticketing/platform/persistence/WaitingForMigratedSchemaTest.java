package com.evently.ticketing.platform.persistence;

import com.evently.ticketing.platform.time.ClockAutoConfiguration;
import com.evently.ticketing.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A service started with Liquibase off, as the Deployments run: it waits for the migration Job's work, then
 * creates its database beans, and it needs no more than a role that reads and writes the service's tables.
 */
class WaitingForMigratedSchemaTest {

    private final TestPostgres.Database database = TestPostgres.newDatabase();

    @Test
    void refusesToStartOnASchemaThatIsNotMigratedInTime() {
        assertThatThrownBy(() -> start(database.username(), database.password(), Duration.ofSeconds(1)).close())
                .rootCause()
                .hasMessageContaining("not applied to schema platform_test")
                .hasMessageContaining("run the schema migration first");
    }

    @Test
    void startsAsARoleThatMayOnlyReadAndWriteOnceTheSchemaIsMigrated() throws SQLException {
        assertThat(SchemaMigration.migrate(migrationArgs())).isZero();
        String role = "app_" + UUID.randomUUID().toString().replace("-", "");
        asOwner("CREATE ROLE " + role + " LOGIN PASSWORD 'app'",
                "GRANT USAGE ON SCHEMA platform_test TO " + role,
                "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA platform_test TO " + role);

        try (ConfigurableApplicationContext service = start(role, "app", Duration.ofSeconds(5))) {
            assertThat(service.getBean(HandledEvents.class).countedAtStart()).isZero();
            JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo(role);
            jdbc.update("INSERT INTO handled (event_id, payload) VALUES (gen_random_uuid(), 'x')");
            assertThatThrownBy(() -> jdbc.execute("CREATE TABLE platform_test.sneaked_in (id int)"))
                    .rootCause().hasMessageContaining("permission denied for schema platform_test");
        }
    }

    @Test
    void waitsForAMigrationThatEndsWhileItStarts() throws Exception {
        CompletableFuture<ConfigurableApplicationContext> starting = CompletableFuture.supplyAsync(
                () -> start(database.username(), database.password(), Duration.ofSeconds(60)));
        Thread.sleep(Duration.ofSeconds(2));
        assertThat(starting).as("waiting for the migration").isNotDone();

        assertThat(SchemaMigration.migrate(migrationArgs())).isZero();

        // HandledEvents reads the migrated table while it is created: it came after the wait
        try (ConfigurableApplicationContext service = starting.get(30, TimeUnit.SECONDS)) {
            assertThat(service.getBean(HandledEvents.class).countedAtStart()).isZero();
        }
    }

    private ConfigurableApplicationContext start(String user, String password, Duration timeout) {
        return new SpringApplicationBuilder(ServiceWithoutLiquibase.class)
                .web(WebApplicationType.NONE)
                // without the test server's ?user=…, which would outrank the username
                .run("--spring.datasource.url=" + database.jdbcUrl().replaceFirst("\\?.*", ""),
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password,
                        "--spring.liquibase.enabled=false",
                        "--ticketing.db.migration.timeout=" + timeout.toMillis() + "ms",
                        "--ticketing.db.migration.poll-interval=200ms");
    }

    private String[] migrationArgs() {
        return new String[]{"--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password()};
    }

    private void asOwner(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Reads the service's table while its bean is created, as any repository may. */
    record HandledEvents(int countedAtStart) {
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
            ClockAutoConfiguration.class, PersistenceAutoConfiguration.class})
    static class ServiceWithoutLiquibase {

        @Bean
        HandledEvents handledEvents(JdbcTemplate jdbc) {
            return new HandledEvents(jdbc.queryForObject("SELECT count(*) FROM handled", Integer.class));
        }
    }
}
