package com.evently.ticketing.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class LocalPostgresTest {

    @TempDir
    Path dataDirectory;

    @Test
    void temporaryServerHasTheTicketingDatabaseReadyForTables() throws Exception {
        try (LocalPostgres postgres = LocalPostgres.start(Optional.empty(), SuitePorts.free().postgres())) {
            assertThat(postgres.connection().jdbcUrl()).endsWith("/ticketing");

            try (Connection connection = postgres.openConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA booking");
                statement.execute("CREATE TABLE booking.seat (id int PRIMARY KEY, holder text NOT NULL)");
                statement.execute("INSERT INTO booking.seat VALUES (1, 'ada@example.org')");

                assertThat(holders(statement)).containsExactly("ada@example.org");
            }
        }
    }

    @Test
    void keptDataDirectoryKeepsTheDataAcrossARestartAndServesOneServerAtATime() throws Exception {
        Path postgresData = dataDirectory.resolve("postgres");
        int port = SuitePorts.free().postgres();
        try (LocalPostgres postgres = LocalPostgres.start(Optional.of(postgresData), port);
                Connection connection = postgres.openConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA booking");
            statement.execute("CREATE TABLE booking.seat (id int PRIMARY KEY, holder text NOT NULL)");
            statement.execute("INSERT INTO booking.seat VALUES (1, 'grace@example.org')");

            assertThatThrownBy(() -> LocalPostgres.start(Optional.of(postgresData), SuitePorts.free().postgres()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("still uses " + postgresData);
        }

        try (LocalPostgres restarted = LocalPostgres.start(Optional.of(postgresData), port);
                Connection connection = restarted.openConnection();
                Statement statement = connection.createStatement()) {
            assertThat(holders(statement)).containsExactly("grace@example.org");
        }
    }

    private static List<String> holders(Statement statement) throws SQLException {
        List<String> holders = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT holder FROM booking.seat ORDER BY id")) {
            while (rows.next()) {
                holders.add(rows.getString(1));
            }
        }
        return holders;
    }
}
