package com.evently.ticketing.platform.persistence;

import com.evently.ticketing.testsupport.TestPostgres;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.integration.spring.SpringLiquibase;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.core.KafkaTemplate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrate-only mode (the Kubernetes migration Jobs) against a real PostgreSQL, with the platform test
 * service's changelog and schema (platform_test) from its application.yaml, as a service's own would be found.
 */
class SchemaMigrationTest {

    private final TestPostgres.Database database = TestPostgres.newDatabase();
    private final String[] args = {
            "--spring.datasource.url=" + database.jdbcUrl(),
            "--spring.datasource.username=" + database.username(),
            "--spring.datasource.password=" + database.password()};

    @AfterEach
    void forgetLockServices() {
        LockServiceFactory.getInstance().resetAll();
    }

    @Test
    void migratesTheServiceSchemaWithoutStartingAWebServerOrKafka() {
        try (ConfigurableApplicationContext context = SchemaMigration.start(args)) {
            assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
            assertThat(context.getBeanNamesForType(KafkaTemplate.class)).isEmpty();
            assertThat(context.getBeanNamesForType(SpringLiquibase.class)).hasSize(1);
        }

        assertThat(tablesOf("platform_test")).contains("outbox", "inbox", "handled", "kept_for_a_while", "databasechangelog");
    }

    @Test
    void exitsWithZeroAndLeavesAnUpToDateSchemaAsItIs() {
        assertThat(SchemaMigration.migrate(args)).isZero();
        int applied = appliedChangeSets();

        assertThat(SchemaMigration.migrate(args)).isZero();

        assertThat(applied).isPositive();
        assertThat(appliedChangeSets()).isEqualTo(applied);
    }

    /**
     * Liquibase's lock is a session advisory lock, no longer a row in DATABASECHANGELOGLOCK: a migration waits while
     * another holds it, and when the holder's connection ends (its pod killed with SIGKILL) the lock goes with it.
     */
    @Test
    void waitsForAnotherMigrationsLockWhichDiesWithItsConnection() throws Exception {
        try (Connection holder = connect()) {
            Database held = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(holder));
            held.setDefaultSchemaName("platform_test");
            LockService lock = LockServiceFactory.getInstance().getLockService(held);
            assertThat(lock.acquireLock()).isTrue();
            assertThat(advisoryLocksHeldBy(pidOf(holder))).isOne();

            CompletableFuture<Integer> migration = CompletableFuture.supplyAsync(() -> SchemaMigration.migrate(args));
            Thread.sleep(Duration.ofSeconds(3));
            assertThat(migration).as("waiting for the lock").isNotDone();
            assertThat(tablesOf("platform_test")).doesNotContain("outbox");

            terminate(pidOf(holder));

            // Liquibase asks for the lock again every 10 s
            assertThat(migration.get(60, TimeUnit.SECONDS)).isZero();
        }
        assertThat(tablesOf("platform_test")).contains("outbox", "handled").doesNotContain("databasechangeloglock");
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }

    private List<String> tablesOf(String schema) {
        return query("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema + "'");
    }

    private int appliedChangeSets() {
        return Integer.parseInt(query("SELECT count(*) FROM platform_test.databasechangelog").getFirst());
    }

    private int advisoryLocksHeldBy(int pid) {
        return Integer.parseInt(query("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid = " + pid)
                .getFirst());
    }

    private void terminate(int pid) {
        assertThat(query("SELECT pg_terminate_backend(" + pid + ")")).containsExactly("t");
    }

    private static int pidOf(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT pg_backend_pid()")) {
            result.next();
            return result.getInt(1);
        }
    }

    private List<String> query(String sql) {
        try (Connection connection = connect();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<String> rows = new java.util.ArrayList<>();
            while (result.next()) {
                rows.add(result.getString(1));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
