package com.evently.ticketing.load;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import com.evently.ticketing.load.report.Arrivals;

/**
 * What one simulation run is told by ./run-load: system properties {@code load.*}, or else environment variables
 * {@code LOAD_*} (./run-load exports those: the environment reaches the JVM Gatling forks, whatever the plugin
 * passes on). The defaults fit a suite started by {@code ./run-local} in the repository this module is part of.
 *
 * @param runId     names the run: the scenarios of one ./run-load call share it and end up in one table
 * @param order     where the scenario's rows go in that table
 * @param finalPart whether this scenario is the run's last, which prints the table and writes docs/perf/latest.md
 * @param clients   the closed model's virtual users (the report's "clients")
 * @param rate      bookings attempted per second, each by a new arrival (the sales scenarios' open model); 0 for the
 *                  closed model of {@code clients}
 * @param seats     capacity of each event put on sale
 * @param attempts  how many booking attempts in all (a flash sale's buyers); 0 for as many as the duration allows.
 *                  With a {@code rate}, the buyers arrive at that rate until all have come, whatever the duration
 * @param users     accounts the bookings are spread over (each registration is a password hash: keep it modest)
 * @param warmUp    whether this run only warms the suite up: its load is put on and its pipeline drained, but
 *                  nothing is measured or reported
 */
public record LoadSettings(URI gateway, Path repositoryRoot, String postgresHost, int postgresPort,
                           String adminEmail, String adminPassword, String runId, int order, boolean finalPart,
                           int clients, double rate, Duration duration, int seats, int attempts, int events, int users,
                           Duration baselineDuration, boolean warmUp) {

    public LoadSettings {
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("load.rate must be bookings per second, 0 or more, was " + rate);
        }
    }

    public static LoadSettings fromSystemProperties() {
        return of(System.getenv(), System.getProperties());
    }

    /** The settings from {@code LOAD_*} variables of {@code environment}, overridden by {@code load.*} properties. */
    static LoadSettings of(Map<String, String> environment, Properties systemProperties) {
        Properties properties = new Properties();
        environment.forEach((name, value) -> {
            if (name.startsWith("LOAD_")) {
                properties.setProperty(propertyName(name), value);
            }
        });
        properties.putAll(systemProperties);
        Path root = Path.of(properties.getProperty("load.repositoryRoot", "..")).toAbsolutePath().normalize();
        return new LoadSettings(
                URI.create(properties.getProperty("load.gateway", "http://127.0.0.1:8080")),
                root,
                properties.getProperty("load.postgresHost", "127.0.0.1"),
                integer(properties, "load.postgresPort", 15432),
                properties.getProperty("load.adminEmail", "admin@ticketing.local"),
                adminPassword(environment, root),
                properties.getProperty("load.runId", "manual"),
                integer(properties, "load.order", 1),
                Boolean.parseBoolean(properties.getProperty("load.final", "true")),
                integer(properties, "load.clients", 32),
                decimal(properties, "load.rate", 0),
                Duration.ofSeconds(integer(properties, "load.duration", 30)),
                integer(properties, "load.seats", 1_000_000),
                integer(properties, "load.attempts", 0),
                integer(properties, "load.events", 1),
                integer(properties, "load.users", 32),
                Duration.ofSeconds(integer(properties, "load.baselineDuration", 10)),
                Boolean.parseBoolean(properties.getProperty("load.warmUp", "false")));
    }

    /**
     * How the sales scenarios' bookings arrive: at {@code rate} per second when one is set, else from {@code clients}
     * booking one seat after another. (Browsing and the lifecycle always run {@code clients}.)
     */
    public Arrivals arrivals() {
        return rate > 0 ? new Arrivals.Open(rate) : new Arrivals.Closed(clients);
    }

    /**
     * How long the open model's arrivals go on: until a flash sale's {@code attempts} buyers have all come at
     * {@code rate}, else for the {@code duration}.
     */
    public Duration arrivalWindow() {
        if (rate > 0 && attempts > 0) {
            return Duration.ofMillis((long) Math.ceil(attempts * 1000 / rate));
        }
        return duration;
    }

    public String suiteJdbcUrl() {
        return "jdbc:postgresql://" + postgresHost + ":" + postgresPort + "/ticketing";
    }

    // The same precedence as run-local: the environment's password, else the one the launcher generated and kept.
    private static String adminPassword(Map<String, String> environment, Path root) {
        String fromEnvironment = environment.get("BOOTSTRAP_ADMIN_PASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        Path remembered = root.resolve(".local").resolve("admin-password");
        try {
            return Files.readString(remembered).strip();
        } catch (IOException e) {
            throw new IllegalStateException("no admin password: set BOOTSTRAP_ADMIN_PASSWORD or start ./run-local once"
                    + " (it keeps the generated one in " + remembered + ")", e);
        }
    }

    /** LOAD_REPOSITORY_ROOT → load.repositoryRoot */
    static String propertyName(String environmentName) {
        String[] words = environmentName.toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]).append('.').append(words.length > 1 ? words[1] : "");
        for (int i = 2; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    private static int integer(Properties properties, String name, int fallback) {
        String value = properties.getProperty(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }

    private static double decimal(Properties properties, String name, double fallback) {
        String value = properties.getProperty(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, was '" + value + "'", e);
        }
    }

    @Override
    public String toString() {
        return "LoadSettings[gateway=" + gateway + ", runId=" + runId + ", clients=" + clients + ", rate=" + rate
                + ", duration=" + duration + ", seats=" + seats + ", attempts=" + attempts + ", events=" + events
                + ", users=" + users + (warmUp ? ", warm-up" : "") + "]";
    }
}
