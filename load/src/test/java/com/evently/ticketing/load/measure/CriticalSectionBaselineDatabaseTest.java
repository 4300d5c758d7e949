package com.evently.ticketing.load.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CriticalSectionBaselineDatabaseTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Test
    void jdbcLoopBooksEverySeatItTakesWithOneBookingAndOneOutboxRow() throws SQLException {
        CriticalSectionBaseline.Result result = baseline().withJdbcLoop(3, 4, Duration.ofSeconds(2));

        assertThat(result.method()).isEqualTo("JDBC loop");
        assertThat(result.transactionsPerSecond()).isPositive();
        assertEveryTakenSeatIsOneBookingAndOneOutboxRow(3);
    }

    @Test
    void pgbenchRunsTheSameCriticalSection() throws SQLException {
        Optional<Path> pgbench = CriticalSectionBaseline.findPgbench();
        assumeTrue(pgbench.isPresent(), "pgbench is not installed");

        CriticalSectionBaseline.Result result = baseline().withPgbench(pgbench.get(), 1, 2, Duration.ofSeconds(2));

        assertThat(result.method()).isEqualTo("pgbench");
        assertThat(result.transactionsPerSecond()).isPositive();
        assertEveryTakenSeatIsOneBookingAndOneOutboxRow(1);
    }

    private static CriticalSectionBaseline baseline() {
        return new CriticalSectionBaseline("127.0.0.1", postgres.getPort(), "postgres", "postgres");
    }

    private static void assertEveryTakenSeatIsOneBookingAndOneOutboxRow(int lines) throws SQLException {
        String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + CriticalSectionBaseline.DATABASE;
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet counts = statement.executeQuery("""
                     SELECT (SELECT count(*) FROM inventory_line) AS lines,
                            (SELECT sum(%d::bigint - available) FROM inventory_line) AS taken,
                            (SELECT count(*) FROM booking) AS bookings,
                            (SELECT count(*) FROM outbox) AS outbox_rows"""
                     .formatted(CriticalSectionBaseline.SEATS_PER_LINE))) {
            counts.next();
            assertThat(counts.getInt("lines")).isEqualTo(lines);
            assertThat(counts.getLong("taken")).isPositive()
                    .isEqualTo(counts.getLong("bookings"))
                    .isEqualTo(counts.getLong("outbox_rows"));
        }
    }
}
