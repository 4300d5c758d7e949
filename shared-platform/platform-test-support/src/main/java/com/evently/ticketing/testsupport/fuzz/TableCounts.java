package com.evently.ticketing.testsupport.fuzz;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many rows every table of one schema holds at a moment: compared before and after a request, it shows whether
 * the request stored (or deleted) anything at all, without knowing which tables it could have touched.
 */
public record TableCounts(String schema, Map<String, Long> rowsByTable) {

    public TableCounts {
        rowsByTable = Map.copyOf(rowsByTable);
    }

    /** The tables of the schema the data source's connections work in (the service's own schema). */
    public static TableCounts of(DataSource database) {
        return of(database, null);
    }

    /** The tables of the named schema; {@code null} means the connections' current schema. */
    public static TableCounts of(DataSource database, String schema) {
        try (Connection connection = database.getConnection()) {
            String counted = schema != null ? schema : currentSchema(connection);
            Map<String, Long> rows = new TreeMap<>();
            for (String table : tablesOf(connection, counted)) {
                rows.put(table, count(connection, counted, table));
            }
            return new TableCounts(counted, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the rows of the service's tables", e);
        }
    }

    /**
     * Waits until no table's count has changed for {@code quiet}: what a test's own set-up started in the background
     * (an outbox relay, a debounced announcement) must be over before counts can tell what a request stored.
     */
    public static TableCounts awaitSettled(DataSource database, Duration quiet, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        TableCounts last = of(database);
        long stableSince = System.nanoTime();
        while (System.nanoTime() - stableSince < quiet.toNanos()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the service's tables kept changing for " + atMost + ": " + last);
            }
            sleep(Duration.ofMillis(100));
            TableCounts now = of(database);
            if (!now.equals(last)) {
                last = now;
                stableSince = System.nanoTime();
            }
        }
        return last;
    }

    @Override
    public String toString() {
        return schema + new TreeMap<>(rowsByTable);
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String currentSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT current_schema()")) {
            result.next();
            return result.getString(1);
        }
    }

    private static List<String> tablesOf(Connection connection, String schema) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT table_name FROM information_schema.tables
                 WHERE table_schema = ? AND table_type = 'BASE TABLE'
                 ORDER BY table_name""")) {
            statement.setString(1, schema);
            List<String> tables = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
            if (tables.isEmpty()) {
                throw new IllegalStateException("schema " + schema + " has no tables: is it the service's?");
            }
            return tables;
        }
    }

    private static long count(Connection connection, String schema, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT count(*) FROM " + quoted(schema) + "." + quoted(table))) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
