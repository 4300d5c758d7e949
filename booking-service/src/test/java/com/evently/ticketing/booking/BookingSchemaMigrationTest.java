package com.evently.ticketing.booking;

import com.evently.ticketing.platform.persistence.SchemaMigration;
import com.evently.ticketing.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * booking-service in migrate-only mode, as its Kubernetes migration Job runs it: the service's own changelog and
 * schema from its application.yml, nothing but the database needed, and the process done when the schema is.
 */
class BookingSchemaMigrationTest {

    private final TestPostgres.Database database = TestPostgres.newDatabase();

    @Test
    void migratesTheBookingSchemaAndExitsWithZero() throws SQLException {
        int exitCode = SchemaMigration.migrate(
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password());

        assertThat(exitCode).isZero();
        assertThat(query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'booking'"))
                .contains("booking", "booking_seat", "inventory_line", "waitlist_entry", "idempotency_key", "outbox",
                        "inbox", "databasechangelog")
                .as("Liquibase's lock is an advisory lock, not a table").doesNotContain("databasechangeloglock");
        assertThat(query("SELECT count(*) FROM booking.databasechangelog WHERE exectype = 'EXECUTED'").getFirst())
                .isNotEqualTo("0");
    }

    private List<String> query(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(result.getString(1));
            }
            return rows;
        }
    }
}
