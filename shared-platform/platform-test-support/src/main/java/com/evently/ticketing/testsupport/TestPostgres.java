package com.evently.ticketing.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real PostgreSQL server for the tests of this JVM: an embedded one started once, or the external
 * server named by {@code TICKETING_TEST_DB_URL} (e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres}).
 * Every caller gets a database of its own, created now and dropped when the JVM exits, so no test depends
 * on state left by another test or an earlier run.
 */
public final class TestPostgres {

    public static final String EXTERNAL_URL_VARIABLE = "TICKETING_TEST_DB_URL";

    private static final List<String> CREATED = new CopyOnWriteArrayList<>();
    private static volatile Server server;

    /** Creates a fresh, empty database and returns how to reach it. */
    public static Database newDatabase() {
        Server current = server();
        String name = "t_" + UUID.randomUUID().toString().replace("-", "");
        current.execute("CREATE DATABASE " + name);
        CREATED.add(name);
        return new Database(current.urlOf(name), current.user(), current.password());
    }

    public record Database(String jdbcUrl, String username, String password) {
    }

    private static Server server() {
        if (server == null) {
            synchronized (TestPostgres.class) {
                if (server == null) {
                    server = start();
                    Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::dropAll, "test-postgres-cleanup"));
                }
            }
        }
        return server;
    }

    private static Server start() {
        String external = System.getenv(EXTERNAL_URL_VARIABLE);
        if (external != null && !external.isBlank()) {
            String user = envOr("TICKETING_TEST_DB_USER", "postgres");
            String password = envOr("TICKETING_TEST_DB_PASSWORD", "");
            return new Server(external, user, password, null);
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            return new Server(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", embedded);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    private static void dropAll() {
        Server current = server;
        if (current == null) {
            return;
        }
        for (String name : CREATED) {
            try {
                current.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (RuntimeException ignored) {
                // best effort at JVM exit: an embedded server is thrown away anyway
            }
        }
        if (current.embedded() != null) {
            try {
                current.embedded().close();
            } catch (IOException ignored) {
                // the process is going away
            }
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private record Server(String adminUrl, String user, String password, EmbeddedPostgres embedded) {

        String urlOf(String database) {
            int queryStart = adminUrl.indexOf('?');
            String base = queryStart < 0 ? adminUrl : adminUrl.substring(0, queryStart);
            String query = queryStart < 0 ? "" : adminUrl.substring(queryStart);
            return base.substring(0, base.lastIndexOf('/') + 1) + database + query;
        }

        void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL refused: " + sql, e);
            }
        }
    }

    private TestPostgres() {
    }
}
