package com.evently.ticketing.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server from the binaries zonky ships in a jar, with the suite's database created in it.
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String DATABASE = "ticketing";
    private static final String SUPERUSER = "postgres";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(LocalPostgres.class);

    private final EmbeddedPostgres server;
    private final DatabaseConnection connection;

    private LocalPostgres(EmbeddedPostgres server, DatabaseConnection connection) {
        this.server = server;
        this.connection = connection;
    }

    /**
     * @param dataDirectory where the cluster lives across runs (initialised on first use); when empty a
     *                      temporary cluster is created and deleted again on close
     */
    public static LocalPostgres start(Optional<Path> dataDirectory, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setPGStartupWait(STARTUP_WAIT)
                // The suite decides when PostgreSQL stops: only after the services that use it.
                .setRegisterShutdownHook(false);
        if (dataDirectory.isPresent()) {
            Path directory = dataDirectory.get();
            refuseIfStillRunning(directory);
            Files.createDirectories(directory);
            builder.setDataDirectory(directory).setCleanDataDirectory(false);
        }
        EmbeddedPostgres server = builder.start();
        try {
            createDatabaseIfMissing(port);
            requirePasswordsOfEveryoneButTheSuperuser(port);
        } catch (SQLException | IOException | RuntimeException e) {
            server.close();
            throw new IllegalStateException("PostgreSQL started but database '" + DATABASE + "' could not be created", e);
        }
        DatabaseConnection connection = new DatabaseConnection(jdbcUrl(port, DATABASE), SUPERUSER, "");
        log.info("PostgreSQL listening on {} (data in {})", connection.jdbcUrl(),
                dataDirectory.map(Path::toString).orElse("a temporary directory"));
        return new LocalPostgres(server, connection);
    }

    public DatabaseConnection connection() {
        return connection;
    }

    public Connection openConnection() throws SQLException {
        return DriverManager.getConnection(connection.jdbcUrl(), connection.user(), connection.password());
    }

    @Override
    public void close() {
        try {
            server.close();
            log.info("PostgreSQL on {} stopped", connection.jdbcUrl());
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop PostgreSQL", e);
        }
    }

    /**
     * A server left behind by a launcher that was killed still holds the data directory; starting a second
     * one on it would fail with a far less helpful message.
     */
    private static void refuseIfStillRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().strip());
        } catch (NumberFormatException e) {
            return;
        }
        boolean postgresStillRuns = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(true))
                .isPresent();
        if (postgresStillRuns) {
            throw new IllegalStateException("PostgreSQL from an earlier run (pid " + pid + ") still uses "
                    + dataDirectory + "; stop it (kill " + pid + ") or start with TICKETING_DB_URL set");
        }
    }

    private static void createDatabaseIfMissing(int port) throws SQLException {
        try (Connection admin = DriverManager.getConnection(jdbcUrl(port, "postgres"), SUPERUSER, "")) {
            // CREATE DATABASE has no IF NOT EXISTS, and a kept data directory already has it.
            try (PreparedStatement exists = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, DATABASE);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        return;
                    }
                }
            }
            try (Statement create = admin.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE);
            }
        }
    }

    /**
     * zonky's cluster trusts every local connection, which would make the services' own roles (each owning
     * only its schema) a formality: any of them could log in as another. Only the superuser, which the launcher
     * and tests use over loopback, stays trusted.
     */
    private static void requirePasswordsOfEveryoneButTheSuperuser(int port) throws SQLException, IOException {
        try (Connection admin = DriverManager.getConnection(jdbcUrl(port, "postgres"), SUPERUSER, "");
             Statement statement = admin.createStatement()) {
            Path hbaFile;
            try (ResultSet rows = statement.executeQuery("SHOW hba_file")) {
                rows.next();
                hbaFile = Path.of(rows.getString(1));
            }
            Files.writeString(hbaFile, """
                    # written by the suite's launcher (LocalPostgres)
                    local all %1$s                trust
                    host  all %1$s  127.0.0.1/32  trust
                    host  all %1$s  ::1/128       trust
                    host  all all   127.0.0.1/32  scram-sha-256
                    host  all all   ::1/128       scram-sha-256
                    """.formatted(SUPERUSER));
            statement.execute("SELECT pg_reload_conf()");
        }
    }

    private static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }
}
