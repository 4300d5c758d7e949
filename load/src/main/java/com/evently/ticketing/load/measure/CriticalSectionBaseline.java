package com.evently.ticketing.load.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What PostgreSQL alone does with the booking's critical section (lock the inventory line, decrement it, insert the
 * booking and its outbox row, commit), on the suite's own server but in a scratch database: the ceiling the suite's
 * booking throughput is compared with. pgbench runs it when installed, otherwise a JDBC loop with one connection per
 * client.
 */
public final class CriticalSectionBaseline {

    public static final String DATABASE = "load_baseline";
    private static final Pattern PGBENCH_TPS = Pattern.compile("^tps = ([0-9.]+) \\(without initial connection time\\)",
            Pattern.MULTILINE);
    // Seats enough for any run: the baseline measures the lock, never a sold-out line.
    static final int SEATS_PER_LINE = 1_000_000_000;

    private static final String SCHEMA = """
            DROP TABLE IF EXISTS outbox, booking, inventory_line;
            CREATE TABLE inventory_line (id integer PRIMARY KEY,
                                         available integer NOT NULL CHECK (available >= 0));
            CREATE TABLE booking (id uuid PRIMARY KEY, line_id integer NOT NULL REFERENCES inventory_line (id),
                                  user_id uuid NOT NULL, quantity integer NOT NULL, status text NOT NULL,
                                  created_at timestamptz NOT NULL);
            CREATE TABLE outbox (id uuid PRIMARY KEY, position bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
                                 topic text NOT NULL, aggregate_id text NOT NULL, event_type text NOT NULL,
                                 payload jsonb NOT NULL, occurred_at timestamptz NOT NULL, published_at timestamptz);
            CREATE INDEX outbox_unpublished ON outbox (position) WHERE published_at IS NULL;
            """;

    // The same four statements as booking's transaction, minus what only the application knows.
    private static final String LOCK = "SELECT available FROM inventory_line WHERE id = ? FOR UPDATE";
    private static final String DECREMENT = "UPDATE inventory_line SET available = available - 1 WHERE id = ?";
    private static final String INSERT_BOOKING = """
            INSERT INTO booking (id, line_id, user_id, quantity, status, created_at)
            VALUES (gen_random_uuid(), ?, gen_random_uuid(), 1, 'CONFIRMED', now())""";
    private static final String INSERT_OUTBOX = """
            INSERT INTO outbox (id, topic, aggregate_id, event_type, payload, occurred_at)
            VALUES (gen_random_uuid(), 'booking.events', ?, 'BookingConfirmed', '{"quantity": 1}', now())""";

    private final String host;
    private final int port;
    private final String user;
    private final String existingDatabase;

    /** @param existingDatabase a database to connect to for creating the scratch one */
    public CriticalSectionBaseline(String host, int port, String user, String existingDatabase) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.existingDatabase = existingDatabase;
    }

    /** @param lines how many inventory lines the clients spread over: 1 for one hot event */
    public Result run(int lines, int clients, Duration duration) {
        Optional<Path> pgbench = findPgbench();
        return pgbench.isPresent() ? withPgbench(pgbench.get(), lines, clients, duration)
                : withJdbcLoop(lines, clients, duration);
    }

    Result withPgbench(Path pgbench, int lines, int clients, Duration duration) {
        prepare(lines);
        return new Result("pgbench", runPgbench(pgbench, lines, clients, duration));
    }

    Result withJdbcLoop(int lines, int clients, Duration duration) {
        prepare(lines);
        return new Result("JDBC loop", runJdbcLoop(lines, clients, duration));
    }

    /** The transactions per second pgbench reports, without the time it took to connect. */
    static double tpsOfPgbenchOutput(String output) {
        Matcher tps = PGBENCH_TPS.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no tps line:\n" + output);
        }
        return Double.parseDouble(tps.group(1));
    }

    /** pgbench's script: the critical section with a random line of {@code lines}. */
    static String pgbenchScript(int lines) {
        return String.join("\n",
                "\\set line random(1, " + lines + ")",
                "BEGIN;",
                LOCK.replace("?", ":line") + ";",
                DECREMENT.replace("?", ":line") + ";",
                INSERT_BOOKING.replace("?", ":line").replace("\n", " ") + ";",
                INSERT_OUTBOX.replace("?", ":line").replace("\n", " ") + ";",
                "COMMIT;",
                "");
    }

    private void prepare(int lines) {
        try (Connection admin = connect(existingDatabase); Statement statement = admin.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!exists.next()) {
                    statement.execute("CREATE DATABASE " + DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the scratch database " + DATABASE, e);
        }
        try (Connection scratch = connect(DATABASE); Statement statement = scratch.createStatement()) {
            statement.execute(SCHEMA);
            statement.execute("INSERT INTO inventory_line SELECT line, " + SEATS_PER_LINE
                    + " FROM generate_series(1, " + lines + ") AS line");
            statement.execute("VACUUM ANALYZE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the scratch database " + DATABASE, e);
        }
    }

    static Optional<Path> findPgbench() {
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory, "pgbench"));
        Stream<Path> debian = Stream.of(17, 16, 15, 14).map(major -> Path.of("/usr/lib/postgresql/" + major + "/bin/pgbench"));
        return Stream.concat(onPath, debian).filter(Files::isExecutable).findFirst();
    }

    private double runPgbench(Path pgbench, int lines, int clients, Duration duration) {
        try {
            Path script = Files.createTempFile("critical-section", ".sql");
            try {
                Files.writeString(script, pgbenchScript(lines));
                List<String> command = List.of(pgbench.toString(), "-h", host, "-p", Integer.toString(port),
                        "-U", user, "-n", "-c", Integer.toString(clients),
                        "-j", Integer.toString(Math.min(clients, Runtime.getRuntime().availableProcessors())),
                        "-T", Long.toString(duration.toSeconds()), "-f", script.toString(), DATABASE);
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (process.waitFor() != 0) {
                    throw new IllegalStateException("pgbench failed:\n" + output);
                }
                return tpsOfPgbenchOutput(output);
            } finally {
                Files.deleteIfExists(script);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + pgbench, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while pgbench ran", e);
        }
    }

    private double runJdbcLoop(int lines, int clients, Duration duration) {
        AtomicLong committed = new AtomicLong();
        long deadline = System.nanoTime() + duration.toNanos();
        List<Thread> threads = Stream.generate(() -> Thread.ofPlatform().unstarted(() -> {
            try (Connection connection = connect(DATABASE);
                 PreparedStatement lock = connection.prepareStatement(LOCK);
                 PreparedStatement decrement = connection.prepareStatement(DECREMENT);
                 PreparedStatement insertBooking = connection.prepareStatement(INSERT_BOOKING);
                 PreparedStatement insertOutbox = connection.prepareStatement(INSERT_OUTBOX)) {
                connection.setAutoCommit(false);
                while (System.nanoTime() < deadline) {
                    int line = ThreadLocalRandom.current().nextInt(1, lines + 1);
                    lock.setInt(1, line);
                    lock.executeQuery().close();
                    decrement.setInt(1, line);
                    decrement.executeUpdate();
                    insertBooking.setInt(1, line);
                    insertBooking.executeUpdate();
                    insertOutbox.setString(1, Integer.toString(line));
                    insertOutbox.executeUpdate();
                    connection.commit();
                    committed.incrementAndGet();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("baseline transaction failed", e);
            }
        })).limit(clients).toList();
        long started = System.nanoTime();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the baseline ran", e);
            }
        }
        return committed.get() / ((System.nanoTime() - started) / 1e9);
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, user, "");
    }

    /** @param method pgbench or the JDBC loop */
    public record Result(String method, double transactionsPerSecond) {
    }
}
