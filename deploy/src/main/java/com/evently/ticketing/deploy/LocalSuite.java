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
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    /** Longer than any piece needs to stop cleanly (a service: 20 s of grace, 5 more after a forced stop). */
    private static final Duration STOP_DEADLINE = Duration.ofSeconds(60);

    private final SuiteOptions options;
    private final ServiceReplicas replicas;
    private final Thread shutdownHook = new Thread(this::close, "local-suite-shutdown");
    /** What is running, most recently started first: closing walks it front to back. Guarded by this. */
    private final Deque<NamedResource> running = new ArrayDeque<>();
    private boolean closed;

    private Restartable<LocalPostgres> postgres;
    private Restartable<KafkaBroker> kafka;
    private Restartable<LocalMailServer> mailServer;
    /** What GreenMail had received before it was stopped: a restarted GreenMail starts empty. Guarded by this. */
    private final List<MimeMessage> mailsBeforeRestarts = new ArrayList<>();
    private SuiteWiring wiring;
    private final Map<ReplicaId, Integer> replicaPorts = new LinkedHashMap<>();
    private RunningServices services;

    private LocalSuite(SuiteOptions options, ServiceReplicas replicas) {
        this.options = options;
        this.replicas = replicas;
    }

    /**
     * Starts everything and waits until every service reports ready.
     *
     * @throws SuiteStartupException when something could not start; whatever did start is stopped again
     */
    public static LocalSuite start(SuiteOptions options) {
        return start(options, ServiceReplicas.single());
    }

    /**
     * Like {@link #start(SuiteOptions)}, with several copies of some services: each further copy listens on a free
     * port of its own, and the gateway balances over all copies of a service.
     */
    public static LocalSuite start(SuiteOptions options, ServiceReplicas replicas) {
        LocalSuite suite = new LocalSuite(options, replicas);
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
        DatabaseConnection database = externalDatabase.orElseGet(this::launchPostgres);
        // On a server of its own the launcher is the superuser and gives each service a role; an external
        // server's operator decides the roles (deploy/k8s/README.md), and every service uses the URL given.
        Map<Service, DatabaseConnection> serviceDatabases = externalDatabase.isPresent()
                ? Map.of() : ServiceDatabaseRoles.provision(database);
        String kafkaBootstrapServers = options.external().kafkaBootstrapServers().orElseGet(this::launchKafka);
        SmtpEndpoint smtp = options.external().smtp().orElseGet(this::launchMailServer);
        wiring = new SuiteWiring(options.ports(), kafkaBootstrapServers, database, serviceDatabases, smtp,
                new SuiteSecrets(SuiteSecrets.freshServiceClientSecrets(),
                        rememberedSecret("TICKETING_SIGNING_KEY_ENCRYPTION_KEY", "signing-key-encryption-key"),
                        rememberedSecret("TICKETING_PASS_KEY_ENCRYPTION_KEY", "pass-key-encryption-key"),
                        rememberedSecret("NOTIFICATION_UNSUBSCRIBE_SECRET", "unsubscribe-secret"),
                        rememberedSecret("TICKETING_MESSAGE_SEALING_KEY", "message-sealing-key"),
                        rememberedSecret("TICKETING_WEBHOOK_SECRET_KEY", "webhook-secret-key")),
                options.admin());

        services = keep("services", RunningServices.start(replicaSpecs(currentJavaExecutable(), version)));
        services.awaitReady(options.readinessTimeout());
        services.startFurtherReplicas();
        services.awaitReady(options.readinessTimeout());
        services.trainMissingAotCaches();
    }

    private Map<ReplicaId, ServiceProcessSpec> replicaSpecs(Path java, String version) {
        Map<Service, List<URI>> replicatedServices = new LinkedHashMap<>();
        Map<ReplicaId, ServiceProcessSpec> specs = new LinkedHashMap<>();
        for (Service service : Service.values()) {
            ServiceProcessSpec first = ServiceProcessSpec.of(service, options, wiring, java, version);
            if (!replicas.isReplicated(service)) {
                specs.put(ReplicaId.first(service), first);
                continue;
            }
            for (int index = 0; index < replicas.of(service); index++) {
                ReplicaId replica = new ReplicaId(service, index);
                specs.put(replica, ReplicaSpecs.of(first, replica, replicaPorts.get(replica), true));
                replicatedServices.computeIfAbsent(service, any -> new ArrayList<>()).add(replicaUrl(replica));
            }
        }
        ReplicaId gateway = ReplicaId.first(Service.GATEWAY);
        specs.put(gateway, ReplicaSpecs.gatewayRoutingTo(specs.get(gateway), replicatedServices));
        return specs;
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

    /**
     * The secret with which {@code service} gets its service tokens from identity, fresh for every run.
     *
     * @throws IllegalArgumentException for a service that calls no other service's internal endpoint
     */
    public String serviceClientSecret(Service service) {
        return wiring.secrets().serviceClientSecret(service);
    }

    /** @throws IllegalStateException when the suite sends through an external SMTP server (SMTP_HOST) */
    public LocalMailServer mailServer() {
        return localMailServer().current();
    }

    /** Every e-mail the suite sent so far, to anyone, oldest first (also those received before a restart). */
    public List<MimeMessage> receivedMessages() {
        List<MimeMessage> received;
        synchronized (this) {
            received = new ArrayList<>(mailsBeforeRestarts);
        }
        localMailServer().running().ifPresent(server -> received.addAll(server.receivedMessages()));
        return received;
    }

    /** Blocks until at least {@code count} e-mails arrived in total, or the timeout passed. */
    public boolean awaitMessages(int count, Duration timeout) {
        int earlier;
        synchronized (this) {
            earlier = mailsBeforeRestarts.size();
        }
        return mailServer().awaitMessages(count - earlier, timeout);
    }

    private Restartable<LocalMailServer> localMailServer() {
        if (mailServer == null) {
            throw new IllegalStateException("no local mail server: e-mails go to " + wiring.smtp());
        }
        return mailServer;
    }

    // ---- faults, for the chaos run: replicas and infrastructure stopped and started in place ----

    /** Every copy of the service, the first one first. */
    public List<ReplicaId> replicasOf(Service service) {
        return replicas.all().stream().filter(replica -> replica.service() == service).toList();
    }

    /** A copy directly, bypassing the gateway, as {@code http://127.0.0.1:<port>}. */
    public URI replicaUrl(ReplicaId replica) {
        Integer port = replicaPorts.get(replica);
        if (port == null) {
            throw new IllegalArgumentException("no replica " + replica + " in this suite");
        }
        return URI.create("http://127.0.0.1:" + port);
    }

    public long pidOf(ReplicaId replica) {
        return services.pid(replica);
    }

    public boolean isRunning(ReplicaId replica) {
        return services.isAlive(replica);
    }

    /** {@code kill -9}: the replica gets no chance to finish anything. */
    public void killReplica(ReplicaId replica) {
        services.kill(replica);
    }

    /** A clean stop (SIGTERM with a grace period), after which its consumers have left their groups. */
    public void stopReplica(ReplicaId replica) {
        services.stop(replica);
    }

    /** Starts a killed or stopped replica again, with the same settings, and waits until it is ready. */
    public void startReplica(ReplicaId replica) {
        try {
            services.restart(replica);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + replica + " again", e);
        }
        services.awaitReady(List.of(replica), options.readinessTimeout());
    }

    /**
     * Stops PostgreSQL and starts it again on the same port and data directory. Only for a suite with a data
     * directory: a temporary cluster is deleted when it stops.
     */
    public void restartPostgres() {
        if (postgres == null || options.dataDirectory().isEmpty()) {
            throw new IllegalStateException("only the suite's own PostgreSQL with a data directory can be restarted");
        }
        stopAndStart(postgres, Duration.ZERO);
    }

    /** Stops the broker (its data directory stays), for {@link #startKafka}. */
    public void stopKafka() {
        stopQuietly(requireOwn(kafka, "Kafka"));
    }

    /** Starts the broker again on the same port and data: topics, records and committed offsets are kept. */
    public void startKafka() {
        startQuietly(requireOwn(kafka, "Kafka"));
    }

    /** Stops GreenMail: sending services meet a refused connection until {@link #startMailServer()}. */
    public void stopMailServer() {
        Restartable<LocalMailServer> server = localMailServer();
        synchronized (this) {
            server.running().ifPresent(running -> mailsBeforeRestarts.addAll(running.receivedMessages()));
        }
        stopQuietly(server);
    }

    /** Starts GreenMail again on the same ports. */
    public void startMailServer() {
        startQuietly(localMailServer());
    }

    private static <T extends AutoCloseable> Restartable<T> requireOwn(Restartable<T> piece, String name) {
        if (piece == null) {
            throw new IllegalStateException("the suite uses an external " + name + ": it cannot stop it");
        }
        return piece;
    }

    private static void stopAndStart(Restartable<?> piece, Duration down) {
        stopQuietly(piece);
        try {
            Thread.sleep(down);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        startQuietly(piece);
    }

    private static void stopQuietly(Restartable<?> piece) {
        try {
            piece.stop();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop: " + e.getMessage(), e);
        }
    }

    private static void startQuietly(Restartable<?> piece) {
        try {
            piece.startAgain();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start again", e);
        }
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
            BoundedClose.close(resource.name(), resource.closeable(), STOP_DEADLINE);
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

    private DatabaseConnection launchPostgres() {
        try {
            Optional<Path> directory = options.dataDirectory().map(data -> data.resolve("postgres"));
            postgres = keep("PostgreSQL", Restartable.start("PostgreSQL",
                    () -> LocalPostgres.start(directory, options.ports().postgres())));
            return postgres.current().connection();
        } catch (IOException e) {
            throw new SuiteStartupException("could not start PostgreSQL: " + e.getMessage(), e);
        }
    }

    private String launchKafka() {
        try {
            Path directory;
            if (options.dataDirectory().isPresent()) {
                directory = options.dataDirectory().get().resolve("kafka");
            } else {
                Path temporary = Files.createTempDirectory("ticketing-kafka-");
                keep("temporary Kafka data", () -> deleteRecursively(temporary));
                directory = temporary;
            }
            kafka = keep("Kafka", Restartable.start("Kafka",
                    () -> KafkaBroker.start(directory, options.ports().kafka(), options.ports().kafkaController())));
            return kafka.current().bootstrapServers();
        } catch (IOException e) {
            throw new SuiteStartupException("could not start Kafka: " + e.getMessage(), e);
        }
    }

    private SmtpEndpoint launchMailServer() {
        try {
            mailServer = keep("GreenMail", Restartable.start("GreenMail",
                    () -> LocalMailServer.start(options.ports().smtp(), options.ports().imap(), options.mailsKept())));
        } catch (IOException e) {
            throw new SuiteStartupException("could not start GreenMail: " + e.getMessage(), e);
        }
        return mailServer.current().smtp();
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
        List<Integer> extraPorts = freePortsBeside(ports, replicas.all().size());
        for (ReplicaId replica : replicas.all()) {
            replicaPorts.put(replica, replica.index() == 0 ? ports.of(replica.service()) : extraPorts.removeFirst());
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

    /** Ports nothing listens on now and that are none of the suite's own, for the further copies of services. */
    private static List<Integer> freePortsBeside(SuitePorts ports, int count) {
        List<Integer> free = new ArrayList<>();
        List<ServerSocket> held = new ArrayList<>();
        try {
            while (free.size() < count) {
                ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
                held.add(socket);
                if (!ports.byName().containsValue(socket.getLocalPort())) {
                    free.add(socket.getLocalPort());
                }
            }
            return free;
        } catch (IOException e) {
            throw new UncheckedIOException("could not find free ports", e);
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // only probed
                }
            }
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
        try {
            Directories.deleteRecursively(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + directory, e);
        }
    }

    private record NamedResource(String name, AutoCloseable closeable) {
    }
}
