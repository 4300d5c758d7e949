package com.evently.ticketing.deploy;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./run-local}: starts the suite with the settings of the environment, prints where everything is and
 * runs until Ctrl-C, which stops everything (see {@link LocalSuite#close}).
 *
 * <p>No logger field here on purpose: the log directory must be set before logging initialises.
 */
public final class LocalLauncher {

    static final String LOG_DIRECTORY_PROPERTY = "ticketing.logDirectory";
    private static final String REPOSITORY_ROOT_PROPERTY = "ticketing.repositoryRoot";
    private static final String READINESS_TIMEOUT_VARIABLE = "RUN_LOCAL_READINESS_TIMEOUT_SECONDS";
    private static final String BACKGROUND_NICENESS_VARIABLE = "RUN_LOCAL_BACKGROUND_NICENESS";

    private LocalLauncher() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> environment = System.getenv();
        SuiteOptions options;
        try {
            options = optionsFor(repositoryRoot(), environment);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("run-local: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.setProperty(LOG_DIRECTORY_PROPERTY, options.logDirectory().toString());

        System.out.println("Starting the ticketing suite; the first start after a build takes a minute or two on a"
                + " small machine, later ones far less (see .local/aot).");
        System.out.println("Development mode: webhooks may target http URLs and loopback or private addresses.");
        LocalSuite suite;
        try {
            suite = LocalSuite.start(options);
        } catch (SuiteStartupException e) {
            System.err.println("run-local: " + e.getMessage());
            System.exit(1);
            return;
        }
        printSummary(suite, System.out);
        // Runs until Ctrl-C; LocalSuite's shutdown hook then stops everything in order.
        new CountDownLatch(1).await();
    }

    static SuiteOptions optionsFor(Path repositoryRoot, Map<String, String> environment) {
        SuiteOptions options = SuiteOptions.localRun(repositoryRoot, environment);
        OptionalLong timeout = number(environment, READINESS_TIMEOUT_VARIABLE, "a number of seconds");
        if (timeout.isPresent()) {
            options = options.withReadinessTimeout(Duration.ofSeconds(timeout.getAsLong()));
        }
        OptionalLong niceness = number(environment, BACKGROUND_NICENESS_VARIABLE, "a niceness from 0 to 19");
        if (niceness.isPresent()) {
            try {
                options = options.withBackgroundNiceness(Math.toIntExact(niceness.getAsLong()));
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new IllegalArgumentException(BACKGROUND_NICENESS_VARIABLE
                        + " must be a niceness from 0 to 19, was " + niceness.getAsLong(), e);
            }
        }
        return options;
    }

    private static OptionalLong number(Map<String, String> environment, String variable, String expected) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be " + expected + ", was '" + value + "'", e);
        }
    }

    /** run-local starts the launcher in the checkout; a property allows running it from elsewhere. */
    private static Path repositoryRoot() {
        Path root = Path.of(System.getProperty(REPOSITORY_ROOT_PROPERTY, "")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("deploy"))) {
            throw new IllegalStateException(root + " is not the ticketing checkout; run ./run-local from it or set -D"
                    + REPOSITORY_ROOT_PROPERTY);
        }
        return root;
    }

    static void printSummary(LocalSuite suite, PrintStream out) {
        String format = "  %-22s %s%n";
        out.println();
        out.println("Ticketing suite is running.");
        out.println();
        out.printf(format, "Web application", suite.gatewayUrl() + "/");
        out.printf(format, "Gateway (public API)", suite.gatewayUrl() + "/api/v1/");
        for (Service service : Service.values()) {
            if (service != Service.GATEWAY) {
                out.printf(format, service.moduleName(), suite.serviceUrl(service));
            }
        }
        out.printf(format, "Kafka bootstrap", suite.kafkaBootstrapServers());
        out.printf(format, "PostgreSQL", suite.jdbcUrl() + " (user " + suite.database().user() + ")");
        out.printf(format, "SMTP", suite.smtp().host() + ":" + suite.smtpPort());
        if (suite.options().external().smtp().isEmpty()) {
            out.printf(format, "IMAP", suite.smtp().host() + ":" + suite.imapPort()
                    + " (login and password: the recipient's address)");
        }
        out.printf(format, "Admin e-mail", suite.adminEmail());
        out.printf(format, "Admin password", suite.admin().passwordGenerated()
                ? suite.adminPassword() + " (generated; set BOOTSTRAP_ADMIN_PASSWORD to choose one)"
                : "the one in BOOTSTRAP_ADMIN_PASSWORD");
        out.printf(format, "Logs", suite.options().logDirectory());
        suite.options().dataDirectory().ifPresent(data ->
                out.printf(format, "Data", data + " (kept between runs; delete it to start afresh)"));
        out.println();
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }
}
