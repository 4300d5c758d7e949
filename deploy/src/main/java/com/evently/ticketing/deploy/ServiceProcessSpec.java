package com.evently.ticketing.deploy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything needed to start one service as a child JVM: command line, environment, log file and the URL
 * that tells when it is ready. Built without side effects, so it can be checked without starting anything.
 *
 * @param environment only the variables the launcher sets; the child inherits the launcher's environment
 *                    underneath them, which is how a person's own exported settings reach the services
 * @param niceness    how many {@code nice} steps below the launcher the JVM runs (0: as the launcher)
 */
public record ServiceProcessSpec(
        Service service,
        List<String> command,
        Map<String, String> environment,
        Path workingDirectory,
        Path jar,
        Path logFile,
        URI readinessUrl,
        int niceness) {

    public ServiceProcessSpec {
        Objects.requireNonNull(service, "service");
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(jar, "jar");
        Objects.requireNonNull(logFile, "logFile");
        Objects.requireNonNull(readinessUrl, "readinessUrl");
        if (niceness < 0) {
            throw new IllegalArgumentException("niceness must not be negative, was " + niceness);
        }
    }

    static ServiceProcessSpec of(Service service, SuiteOptions options, SuiteWiring wiring, Path javaExecutable,
            String version) {
        Path jar = jarOf(service, options.repositoryRoot(), version);
        List<String> command = new ArrayList<>();
        command.add(javaExecutable.toString());
        command.addAll(options.serviceJvmOptions());
        // A suite that keeps its data keeps AOT caches too; a throw-away one (the tests', the chaos run's, on C1 and
        // never started twice from one cache) runs the jar unpacked beside its build instead of paying for a training.
        options.dataDirectory()
                .filter(data -> !options.serviceJvmOptions().equals(ServiceJvm.THROW_AWAY_OPTIONS))
                .map(data -> data.resolve(ServiceJvm.AOT_CACHE_DIRECTORY))
                .map(cacheRoot -> AotCache.of(service, jar, cacheRoot, options.serviceJvmOptions()).commandTail())
                .ifPresentOrElse(command::addAll, () -> {
                    command.add("-jar");
                    command.add(ExtractedJar.besideBuild(jar).launched().toString());
                });

        Map<String, String> environment = new LinkedHashMap<>(commonEnvironment(service, wiring));
        environment.putAll(ownEnvironment(service, wiring));
        environment.putAll(options.serviceEnvironment());

        return new ServiceProcessSpec(service, command, environment, options.repositoryRoot(), jar,
                logFileOf(service, options.logDirectory()),
                wiring.serviceUrl(service).resolve("/actuator/health/readiness"),
                Service.inTheBackground().contains(service) ? options.backgroundNiceness() : 0);
    }

    /** Overwritten on every start: it holds one run. */
    static Path logFileOf(Service service, Path logDirectory) {
        return logDirectory.resolve(service.moduleName() + ".log");
    }

    /** Where {@code ./mvnw package} leaves the repackaged, executable jar of a service. */
    static Path jarOf(Service service, Path repositoryRoot, String version) {
        String module = service.moduleName();
        return repositoryRoot.resolve(module).resolve("target").resolve(module + "-" + version + ".jar");
    }

    private static Map<String, String> commonEnvironment(Service service, SuiteWiring wiring) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SERVER_PORT", Integer.toString(wiring.ports().of(service)));
        // a local suite is reachable from this machine only
        environment.put("SERVER_ADDRESS", "127.0.0.1");
        DatabaseConnection database = wiring.databaseOf(service);
        environment.put("TICKETING_DB_URL", database.jdbcUrl());
        environment.put("TICKETING_DB_USER", database.user());
        environment.put("TICKETING_DB_PASSWORD", database.password());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", wiring.kafkaBootstrapServers());
        environment.put("SMTP_HOST", wiring.smtp().host());
        environment.put("SMTP_PORT", Integer.toString(wiring.smtp().port()));
        environment.put("TICKETING_JWT_ISSUER", wiring.jwtIssuer());
        environment.put("TICKETING_JWKS_URI", wiring.jwksUri().toString());
        environment.put("TICKETING_WEB_BASE_URL", wiring.webBaseUrl().toString());
        // the web UI's origins, as typed into a browser on this machine: the gateway's CORS and identity's session
        // cookie (which refuses other origins)
        environment.put("TICKETING_CORS_ALLOWED_ORIGINS",
                wiring.webBaseUrl() + "," + "http://127.0.0.1:" + wiring.webBaseUrl().getPort());
        // The launcher waits on the readiness group; Boot only exposes it by default on Kubernetes.
        environment.put("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
        return environment;
    }

    private static Map<String, String> ownEnvironment(Service service, SuiteWiring wiring) {
        Map<String, String> environment = new LinkedHashMap<>();
        if (Service.callingInternalEndpoints().contains(service)) {
            // its own service client at identity, for tokens to other services' internal endpoints
            environment.put("IDENTITY_URL", wiring.serviceUrl(Service.IDENTITY).toString());
            environment.put("TICKETING_SERVICE_CLIENT_SECRET", wiring.secrets().serviceClientSecret(service));
        }
        switch (service) {
            case GATEWAY -> Service.behindGateway().forEach(routed ->
                    environment.put(routed.gatewayRouteVariable(), wiring.serviceUrl(routed).toString()));
            case NOTIFICATION -> {
                environment.put("TICKET_SERVICE_URL", wiring.serviceUrl(Service.TICKET).toString());
                environment.put("NOTIFICATION_UNSUBSCRIBE_SECRET", wiring.secrets().unsubscribeSecret());
                environment.put("TICKETING_WEBHOOK_SECRET_KEY", wiring.secrets().webhookSecretKey());
                environment.put("TICKETING_MESSAGE_SEALING_KEY", wiring.secrets().messageSealingKey());
                // development mode: partners' webhook receivers on this machine (http, loopback) are allowed
                environment.put("WEBHOOKS_ALLOW_INSECURE_TARGETS", "true");
            }
            case IDENTITY -> {
                environment.put("BOOTSTRAP_ADMIN_EMAIL", wiring.admin().email());
                environment.put("BOOTSTRAP_ADMIN_PASSWORD", wiring.admin().password());
                environment.put("TICKETING_SIGNING_KEY_ENCRYPTION_KEY", wiring.secrets().signingKeyEncryptionKey());
                environment.put("TICKETING_MESSAGE_SEALING_KEY", wiring.secrets().messageSealingKey());
                Service.callingInternalEndpoints().forEach(caller -> environment.put(clientSecretVariable(caller),
                        wiring.secrets().serviceClientSecret(caller)));
            }
            case TICKET -> {
                environment.put("TICKETING_PASS_KEY_ENCRYPTION_KEY", wiring.secrets().passKeyEncryptionKey());
                environment.put("TICKETING_MESSAGE_SEALING_KEY", wiring.secrets().messageSealingKey());
            }
            case EVENT -> environment.put("BOOKING_SERVICE_URL", wiring.serviceUrl(Service.BOOKING).toString());
            case BOOKING, ANALYTICS -> {
                // nothing beyond the common settings
            }
        }
        return environment;
    }

    /** The variable identity-service reads a caller's client secret from, e.g. {@code TICKETING_EVENT_CLIENT_SECRET}. */
    static String clientSecretVariable(Service caller) {
        return "TICKETING_" + caller.name() + "_CLIENT_SECRET";
    }

    /** The AOT cache the command belongs to, if any. */
    Optional<AotCache> aotCache() {
        return AotCache.usedBy(service, jar, command);
    }

    /** Unpacks the jar the command runs, unless this build of it already is. */
    void prepareJar() throws IOException {
        Optional<AotCache> aotCache = aotCache();
        if (aotCache.isPresent()) {
            aotCache.get().prepare(javaExecutable());
        } else {
            ExtractedJar.besideBuild(jar).prepare(javaExecutable());
        }
    }

    /** The JVM the command starts, which also unpacks the jar and trains the AOT cache. */
    Path javaExecutable() {
        return Path.of(command.getFirst());
    }

    /** The options given to the JVM before the AOT cache's and the jar. */
    List<String> jvmOptions() {
        int end = 1;
        while (end < command.size() && !command.get(end).startsWith("-XX:AOT") && !command.get(end).equals("-jar")) {
            end++;
        }
        return command.subList(1, end);
    }

    ProcessBuilder toProcessBuilder() {
        List<String> launched = new ArrayList<>();
        if (niceness > 0) {
            // Threads inherit a process's niceness, so every thread the JVM starts runs at it.
            launched.addAll(List.of("nice", "-n", Integer.toString(niceness)));
        }
        launched.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(launched)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));
        builder.environment().putAll(environment);
        return builder;
    }

    /** Names the variables but never shows their values: some are secrets. */
    @Override
    public String toString() {
        return "ServiceProcessSpec[service=" + service + ", command=" + command + ", environment="
                + environment.keySet() + ", logFile=" + logFile + ", niceness=" + niceness + "]";
    }
}
