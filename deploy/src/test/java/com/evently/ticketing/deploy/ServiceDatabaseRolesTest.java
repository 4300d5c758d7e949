package com.evently.ticketing.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(120)
class ServiceDatabaseRolesTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Test
    void eachServiceOwnsItsSchemaAndCannotReadAnothers() throws Exception {
        try (LocalPostgres postgres = LocalPostgres.start(Optional.empty(), SuitePorts.free().postgres())) {
            Map<Service, DatabaseConnection> roles = ServiceDatabaseRoles.provision(postgres.connection());

            assertThat(roles).containsOnlyKeys(Service.IDENTITY, Service.EVENT, Service.BOOKING, Service.TICKET,
                    Service.NOTIFICATION, Service.ANALYTICS);
            try (Connection identity = connect(roles.get(Service.IDENTITY)); Statement statement = identity.createStatement()) {
                statement.execute("CREATE TABLE identity.signing_key (kid text PRIMARY KEY, private_jwk text NOT NULL)");
                statement.execute("INSERT INTO identity.signing_key VALUES ('k1', 'secret')");
            }
            try (Connection booking = connect(roles.get(Service.BOOKING)); Statement statement = booking.createStatement()) {
                statement.execute("CREATE TABLE booking.seat (id int PRIMARY KEY)");
                assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM identity.signing_key"))
                        .isInstanceOfSatisfying(SQLException.class,
                                denied -> assertThat(denied.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
                assertThatThrownBy(() -> statement.execute("CREATE TABLE public.spill (id int)"))
                        .isInstanceOfSatisfying(SQLException.class,
                                denied -> assertThat(denied.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
                assertThatThrownBy(() -> statement.execute("CREATE SCHEMA elsewhere"))
                        .isInstanceOfSatisfying(SQLException.class,
                                denied -> assertThat(denied.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
            }
        }
    }

    @Test
    void aSchemaTheSuperuserCreatedEarlierIsHandedToTheServiceWithItsTables() throws Exception {
        try (LocalPostgres postgres = LocalPostgres.start(Optional.empty(), SuitePorts.free().postgres())) {
            try (Connection superuser = postgres.openConnection(); Statement statement = superuser.createStatement()) {
                statement.execute("CREATE SCHEMA booking");
                statement.execute("CREATE TABLE booking.outbox (position bigserial PRIMARY KEY, payload text)");
                statement.execute("INSERT INTO booking.outbox (payload) VALUES ('kept')");
            }

            Map<Service, DatabaseConnection> roles = ServiceDatabaseRoles.provision(postgres.connection());
            Map<Service, DatabaseConnection> again = ServiceDatabaseRoles.provision(postgres.connection());

            try (Connection booking = connect(again.get(Service.BOOKING)); Statement statement = booking.createStatement()) {
                statement.execute("INSERT INTO booking.outbox (payload) VALUES ('new')");
                statement.execute("ALTER TABLE booking.outbox ADD COLUMN published_at timestamptz");
                assertThat(statement.executeQuery("SELECT count(*) FROM booking.outbox").next()).isTrue();
            }
            assertThatThrownBy(() -> connect(roles.get(Service.BOOKING)))
                    .as("each run sets a fresh password").isInstanceOf(SQLException.class);
        }
    }

    private static Connection connect(DatabaseConnection connection) throws SQLException {
        return DriverManager.getConnection(connection.jdbcUrl(), connection.user(), connection.password());
    }
}
