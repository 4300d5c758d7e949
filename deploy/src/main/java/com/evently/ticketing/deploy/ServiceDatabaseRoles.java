package com.evently.ticketing.deploy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;

/**
 * Gives every service a PostgreSQL role of its own that owns the service's schema and nothing else, so that a
 * service (or whoever takes it over) cannot read another's data — identity's signing keys least of all. Runs
 * as the superuser before the services start; safe to run again on a kept database, where it takes over
 * schemas an earlier version of the launcher created as the superuser.
 */
final class ServiceDatabaseRoles {

    private static final Logger log = LoggerFactory.getLogger(ServiceDatabaseRoles.class);
    private static final String ROLE_PREFIX = "ticketing_";

    private ServiceDatabaseRoles() {
    }

    /** The role a service logs in as: {@code ticketing_<schema>}. */
    static String roleOf(Service service) {
        return ROLE_PREFIX + service.schema().orElseThrow(() -> new IllegalArgumentException(service + " has no schema"));
    }

    /**
     * Creates or updates each service's role with a fresh password for this run, hands it its schema, and
     * returns how each service connects.
     */
    static Map<Service, DatabaseConnection> provision(DatabaseConnection superuser) {
        Map<Service, DatabaseConnection> connections = new EnumMap<>(Service.class);
        try (Connection admin = DriverManager.getConnection(superuser.jdbcUrl(), superuser.user(), superuser.password());
             Statement statement = admin.createStatement()) {
            String database = admin.getCatalog();
            // PostgreSQL before 15 lets every role create tables in public: nobody should
            statement.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            statement.execute("REVOKE CREATE, TEMPORARY ON DATABASE " + quoted(database) + " FROM PUBLIC");
            // event-service's search needs unaccent, and creating even a trusted extension needs CREATE on the
            // database, which no service role has (above): the superuser creates it once, as an operator would
            statement.execute("CREATE EXTENSION IF NOT EXISTS unaccent");
            for (Service service : Service.values()) {
                if (service.schema().isEmpty()) {
                    continue;
                }
                String role = roleOf(service);
                String password = RandomSecrets.token();
                createOrUpdateRole(admin, role, password);
                statement.execute("GRANT CONNECT ON DATABASE " + quoted(database) + " TO " + role);
                handOverSchema(admin, service.schema().get(), role);
                connections.put(service, new DatabaseConnection(superuser.jdbcUrl(), role, password));
            }
        } catch (SQLException e) {
            throw new SuiteStartupException("could not set up the services' database roles: " + e.getMessage(), e);
        }
        log.info("Each service connects to PostgreSQL with its own role, owning only its schema");
        return connections;
    }

    private static void createOrUpdateRole(Connection admin, String role, String password) throws SQLException {
        boolean exists;
        try (PreparedStatement query = admin.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, role);
            try (ResultSet rows = query.executeQuery()) {
                exists = rows.next();
            }
        }
        // the password is a base64url token: nothing in it needs escaping inside a literal
        String options = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '" + password + "'";
        try (Statement statement = admin.createStatement()) {
            statement.execute((exists ? "ALTER ROLE " : "CREATE ROLE ") + role + " " + options);
        }
    }

    private static void handOverSchema(Connection admin, String schema, String role) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema + " AUTHORIZATION " + role);
            statement.execute("ALTER SCHEMA " + schema + " OWNER TO " + role);
            // Tables, views and free-standing sequences created earlier by the superuser; sequences that belong
            // to a column follow their table.
            statement.execute("""
                    DO $$
                    DECLARE relation record;
                    BEGIN
                      FOR relation IN
                        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = '%1$s' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                          AND pg_get_userbyid(c.relowner) <> '%2$s'
                          AND NOT EXISTS (SELECT 1 FROM pg_depend d
                                          WHERE d.objid = c.oid AND d.classid = 'pg_class'::regclass
                                            AND d.deptype IN ('a', 'i'))
                      LOOP
                        EXECUTE format('ALTER TABLE %%I.%%I OWNER TO %%I', '%1$s', relation.relname, '%2$s');
                      END LOOP;
                    END $$
                    """.formatted(schema, role));
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
