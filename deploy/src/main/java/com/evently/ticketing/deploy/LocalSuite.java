package com.evently.ticketing.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole suite on one machine: PostgreSQL, a Kafka broker and GreenMail (each unless an external one is
 * configured), then every service as a child JVM. {@link #start} returns once all services report ready;
 * {@link #close} stops everything in reverse order, and runs by itself if the JVM exits first (Ctrl-C).
 *
 * <pre>{@code
 * try (LocalSuite suite = LocalSuite.start(SuiteOptions.isolated(repositoryRoot, logDirectory))) {
 *     URI api = suite.gatewayUrl().resolve("/api/v1/events");
 *     ...
 *     suite.awaitMessages(1, Duration.ofSeconds(30));
 *     List<MimeMessage> mails = suite.receivedMessages();
 * }
 * }</pre>
 */
public final class LocalSuite implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalSuite.class);

    private final SuiteOptions options;
    private final Thread shutdownHook = new Thread(this::close, "local-suite-shutdown");
    /** What is running, most recently started first: closing walks it front to back. Guarded by this. */
    private final Deque<NamedResource> running = new ArrayDeque<>();
    private boolean closed;

    private LocalMailServer mailServer;
    private SuiteWiring wiring;

    private LocalSuite(SuiteOptions options) {
        this.options = options;
    }

    /**
     * Starts everything and waits until every service reports ready.
     *
     * @throws SuiteStartupException when something could not start; whatever did start is stopped again
     */
    public static LocalSuite start(SuiteOptions options) {
        LocalSuite suite = new LocalSuite(options);
        Runtime.getRuntime().addShutdownHook(suite.shutdownHook);
        try {
            suite.startEverything();
            return suite;
        } catch (IOException e) {
            suite.close();
            throw new SuiteStartupException("could not start the suite: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
    }

    private void startEverything() throws IOException {
        String version = SuiteVersion.current();
        requireServiceJars(version);
        requireFreePorts();
        Files.createDirectories(options.logDirectory());

        Optional<DatabaseConnection> externalDatabase = options.external().database();
        DatabaseConnection database = externalDatabase.orElseGet(this::startPostgres);
        // On a server of its own the launcher is the superuser and gives each service a role; an external
        // server's operator decides the roles (deploy/k8s/README.md), and every service uses the URL given.
        Map<Service, DatabaseConnection> serviceDatabases = externalDatabase.isPresent()
                ? Map.of() : ServiceDatabaseRoles.provision(database);
        String kafkaBootstrapServers = options.external().kafkaBootstrapServers().orElseGet(this::startKafka);
        SmtpEndpoint smtp = options.external().smtp().orElseGet(this::startMailServer);
        wiring = new SuiteWiring(options.ports(), kafkaBootstrapServers, database, serviceDatabases, smtp,
                new SuiteSecrets(RandomSecrets.token(),
                        rememberedSecret("TICKETING_SIGNING_KEY_ENCRYPTION_KEY", "signing-key-encryption-key"),
                        rememberedSecret("TICKETING_PASS_KEY_ENCRYPTION_KEY", "pass-key-encryption-key"),
                        rememberedSecret("NOTIFICATION_UNSUBSCRIBE_SECRET", "unsubscribe-secret"),
                        rememberedSecret("TICKETING_MESSAGE_SEALING_KEY", "message-sealing-key")),
                options.admin());

        Path java = currentJavaExecutable();
        List<ServiceProcessSpec> specs = Arrays.stream(Service.values())
                .map(service -> ServiceProcessSpec.of(service, options, wiring, java, version))
                .toList();
        RunningServices services = keep("services", RunningServices.start(specs));
        services.awaitReady(options.readinessTimeout());
    }

    /**
     * identity's signing keys and ticket's pass keys are stored encrypted with such a key, and mails carry links signed
     * with one: a kept data directory keeps them beside it. A person's own environment variable wins.
     */
    private String rememberedSecret(String environmentVariable, String fileName) {
        String configured = System.getenv(environmentVariable);
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return options.dataDirectory()
                .map(data -> RememberedSecret.readOrCreate(data.resolve(fileName), RandomSecrets::token))
                .orElseGet(RandomSecrets::token);
    }

    // ---- what a test or the launcher reads from a running suite ----

    public SuiteOptions options() {
        return options;
    }

    /** Where a person (or a test acting like one) goes: the gateway, as {@code http://localhost:<port>}. */
    public URI gatewayUrl() {
        return wiring.webBaseUrl();
    }

    /** A service directly, bypassing the gateway, as {@code http://127.0.0.1:<port>}. */
    public URI serviceUrl(Service service) {
        return wiring.serviceUrl(service);
    }

    /** @param moduleName e.g. {@code "booking-service"} */
    public URI serviceUrl(String moduleName) {
        return serviceUrl(Service.byModuleName(moduleName));
    }

    public Path logFile(Service service) {
        return ServiceProcessSpec.logFileOf(service, options.logDirectory());
    }

    public String kafkaBootstrapServers() {
        return wiring.kafkaBootstrapServers();
    }

    public DatabaseConnection database() {
        return wiring.database();
    }

    /** How {@code service} connects: its own role, owning only its schema, when the suite runs its own PostgreSQL. */
    public DatabaseConnection database(Service service) {
        return wiring.databaseOf(service);
    }

    public String jdbcUrl() {
        return wiring.database().jdbcUrl();
    }

    public SmtpEndpoint smtp() {
        return wiring.smtp();
    }

    public int smtpPort() {
        return wiring.smtp().port();
    }

    public int imapPort() {
        return mailServer().imapPort();
    }

    public String adminEmail() {
        return wiring.admin().email();
    }

    public String adminPassword() {
        return wiring.admin().password();
    }

    public AdminAccount admin() {
        return wiring.admin();
    }

    /** What identity-service encrypts its signing keys with (base64 of 32 bytes). */
    public String signingKeyEncryptionKey() {
        return wiring.secrets().signingKeyEncryptionKey();
    }

    /** The token services accept on their internal endpoints, fresh for every run. */
    public String internalToken() {
        return wiring.secrets().internalToken();
    }

    /** @throws IllegalStateException when the suite sends through an external SMTP server (SMTP_HOST) */
    public LocalMailServer mailServer() {
        if (mailServer == null) {
            throw new IllegalStateException("no local mail server: e-mails go to " + wiring.smtp());
        }
        return mailServer;
    }

    /** Every e-mail the suite sent so far, to anyone, oldest first. */
    public List<MimeMessage> receivedMessages() {
        return mailServer().receivedMessages();
    }

    /** Blocks until at least {@code count} e-mails arrived in total, or the timeout passed. */
    public boolean awaitMessages(int count, Duration timeout) {
        return mailServer().awaitMessages(count, timeout);
    }

    /**
     * Stops the services (each gets a grace period for a clean shutdown), then GreenMail, Kafka and
     * PostgreSQL, then removes temporary data. Safe to call more than once and from any thread.
     */
    @Override
    public void close() {
        List<NamedResource> toStop;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            toStop = new ArrayList<>(running);
            running.clear();
        }
        for (NamedResource resource : toStop) {
            try {
                resource.closeable().close();
            } catch (Exception e) {
                log.warn("could not stop {}: {}", resource.name(), e.toString());
            }
        }
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException jvmAlreadyShuttingDown) {
                // the hook is running or about to; close() is idempotent
            }
        }
    }

    // ---- starting the pieces ----

    private DatabaseConnection startPostgres() {
        try {
            LocalPostgres postgres = LocalPostgres.start(
                    options.dataDirectory().map(directory -> directory.resolve("postgres")), options.ports().postgres());
            return keep("PostgreSQL", postgres).connection();
        } catch (IOException e) {
            throw new SuiteStartupException("could not start PostgreSQL: " + e.getMessage(), e);
        }
    }

    private String startKafka() {
        try {
            Path directory;
            if (options.dataDirectory().isPresent()) {
                directory = options.dataDirectory().get().resolve("kafka");
            } else {
                Path temporary = Files.createTempDirectory("ticketing-kafka-");
                keep("temporary Kafka data", () -> deleteRecursively(temporary));
                directory = temporary;
            }
            return keep("Kafka", KafkaBroker.start(directory, options.ports().kafka(),
                    options.ports().kafkaController())).bootstrapServers();
        } catch (IOException e) {
            throw new SuiteStartupException("could not start Kafka: " + e.getMessage(), e);
        }
    }

    private SmtpEndpoint startMailServer() {
        mailServer = keep("GreenMail", LocalMailServer.start(options.ports().smtp(), options.ports().imap()));
        return mailServer.smtp();
    }

    /**
     * Remembers something that must be stopped on close. When close already ran (Ctrl-C during start-up),
     * stops it at once instead, so nothing outlives the suite.
     */
    private <T extends AutoCloseable> T keep(String name, T resource) {
        synchronized (this) {
            if (!closed) {
                running.push(new NamedResource(name, resource));
                return resource;
            }
        }
        try {
            resource.close();
        } catch (Exception e) {
            log.warn("could not stop {}: {}", name, e.toString());
        }
        throw new SuiteStartupException("the suite was stopped while it was starting");
    }

    private void requireServiceJars(String version) {
        List<Path> missing = Arrays.stream(Service.values())
                .map(service -> ServiceProcessSpec.jarOf(service, options.repositoryRoot(), version))
                .filter(jar -> !Files.isRegularFile(jar))
                .toList();
        if (!missing.isEmpty()) {
            throw new SuiteStartupException("service jars missing: " + missing
                    + "; build them first with ./mvnw -B -DskipTests package (or ./run-local --rebuild)");
        }
    }

    /** A busy port would otherwise surface minutes later as one service's failed start deep in its log. */
    private void requireFreePorts() {
        SuitePorts ports = options.ports();
        Map<String, Integer> needed = new LinkedHashMap<>();
        for (Service service : Service.values()) {
            needed.put(service.moduleName(), ports.of(service));
        }
        if (options.external().kafkaBootstrapServers().isEmpty()) {
            needed.put("kafka", ports.kafka());
            needed.put("kafka-controller", ports.kafkaController());
        }
        if (options.external().database().isEmpty()) {
            needed.put("postgres", ports.postgres());
        }
        if (options.external().smtp().isEmpty()) {
            needed.put("smtp", ports.smtp());
            needed.put("imap", ports.imap());
        }
        List<String> busy = needed.entrySet().stream()
                .filter(entry -> !isFree(entry.getValue()))
                .map(entry -> entry.getKey() + " " + entry.getValue())
                .toList();
        if (!busy.isEmpty()) {
            throw new SuiteStartupException("ports already in use: " + busy
                    + "; is another suite still running (or left behind by a killed launcher)?");
        }
    }

    private static boolean isFree(int port) {
        // Bind the wildcard address, as the services do: that also collides with a loopback-only listener.
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The children run on the very JDK the launcher runs on, which run-local checked is recent enough. */
    static Path currentJavaExecutable() {
        return ProcessHandle.current().info().command()
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + directory, e);
        }
    }

    private record NamedResource(String name, AutoCloseable closeable) {
    }
}
