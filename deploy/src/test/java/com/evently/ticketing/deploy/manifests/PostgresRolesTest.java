package com.evently.ticketing.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tools.jackson.databind.JsonNode;

/**
 * The roles components/postgres/cluster.yaml creates at bootstrap, on a real PostgreSQL: its postInitApplicationSQL
 * run as CloudNativePG runs it, then the tables a migration would create made by the schema's owner, then what the
 * service's _app role may and may not do with them. SET ROLE stands in for logging in as each role.
 */
class PostgresRolesTest {

    private static EmbeddedPostgres server;
    private static Connection superuser;

    @BeforeAll
    static void bootstrapTheClusterAndMigrate() throws IOException, SQLException {
        server = EmbeddedPostgres.builder().start();
        try (Connection postgres = server.getPostgresDatabase().getConnection(); Statement statement = postgres.createStatement()) {
            statement.execute("CREATE DATABASE ticketing");
        }
        superuser = server.getDatabase("postgres", "ticketing").getConnection();
        JsonNode cluster = RepositoryFiles.yamlDocuments(RepositoryFiles.deploy("k8s/components/postgres/cluster.yaml")).stream()
                .filter(document -> document.path("kind").asString("").equals("Cluster")).findFirst().orElseThrow();
        try (Statement statement = superuser.createStatement()) {
            for (JsonNode sql : cluster.path("spec").path("bootstrap").path("initdb").path("postInitApplicationSQL").values()) {
                statement.execute(sql.asString());
            }
            // what the booking and catalog migrations do, as the schemas' owners
            statement.execute("SET ROLE ticketing_booking");
            statement.execute("CREATE TABLE booking.booking (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                    + " seq serial, state text NOT NULL)");
            statement.execute("SET ROLE ticketing_catalog");
            statement.execute("CREATE TABLE catalog.event (id int PRIMARY KEY)");
            statement.execute("RESET ROLE");
        }
    }

    @AfterAll
    static void stop() throws IOException, SQLException {
        if (superuser != null) {
            superuser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theServicesRoleReadsAndWritesTheTablesItsMigrationCreated() throws SQLException {
        try (Statement booking = as("ticketing_booking_app")) {
            booking.execute("INSERT INTO booking.booking (state) VALUES ('CONFIRMED')");
            booking.execute("UPDATE booking.booking SET state = 'CANCELLED'");
            assertThat(single(booking, "SELECT state FROM booking.booking")).isEqualTo("CANCELLED");
            booking.execute("DELETE FROM booking.booking");
            // analytics' projection rebuild locks its tables this way
            superuser.setAutoCommit(false);
            booking.execute("LOCK TABLE booking.booking IN EXCLUSIVE MODE");
            superuser.rollback();
        } finally {
            superuser.setAutoCommit(true);
        }
    }

    @Test
    void theServicesRoleChangesNoTableAndCreatesNone() throws SQLException {
        try (Statement booking = as("ticketing_booking_app")) {
            assertThatThrownBy(() -> booking.execute("CREATE TABLE booking.sneaked_in (id int)"))
                    .hasMessageContaining("permission denied for schema booking");
            assertThatThrownBy(() -> booking.execute("ALTER TABLE booking.booking ADD COLUMN note text"))
                    .hasMessageContaining("must be owner");
            assertThatThrownBy(() -> booking.execute("DROP TABLE booking.booking")).hasMessageContaining("must be owner");
            assertThatThrownBy(() -> booking.execute("TRUNCATE booking.booking")).hasMessageContaining("permission denied");
        }
    }

    @Test
    void aServicesRoleSeesNoOtherServicesSchema() throws SQLException {
        try (Statement booking = as("ticketing_booking_app")) {
            assertThatThrownBy(() -> booking.executeQuery("SELECT * FROM catalog.event"))
                    .hasMessageContaining("permission denied for schema catalog");
        }
        try (Statement catalogOwner = as("ticketing_catalog")) {
            assertThatThrownBy(() -> catalogOwner.executeQuery("SELECT * FROM booking.booking"))
                    .hasMessageContaining("permission denied for schema booking");
        }
    }

    @Test
    void eachRoleStartsInItsSchema() throws SQLException {
        try (Statement statement = as("postgres")) {
            List<String> settings = rows(statement, "SELECT r.rolname || ' ' || array_to_string(s.setconfig, ',')"
                    + " FROM pg_db_role_setting s JOIN pg_roles r ON r.oid = s.setrole WHERE r.rolname LIKE 'ticketing_booking%'");
            assertThat(settings).containsExactlyInAnyOrder("ticketing_booking search_path=booking",
                    "ticketing_booking_app search_path=booking");
        }
    }

    /** A statement of the one superuser session, acting as the role until the next call. */
    private static Statement as(String role) throws SQLException {
        Statement statement = superuser.createStatement();
        statement.execute("RESET ROLE");
        statement.execute("SET ROLE " + role);
        return statement;
    }

    private static String single(Statement statement, String sql) throws SQLException {
        return rows(statement, sql).getFirst();
    }

    private static List<String> rows(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(result.getString(1));
            }
            return rows;
        }
    }
}
