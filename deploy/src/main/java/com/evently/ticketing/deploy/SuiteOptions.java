package com.evently.ticketing.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How to start a suite.
 *
 * @param repositoryRoot     the checkout, where each service's jar is found at {@code <module>/target/}
 * @param logDirectory       one log file per service and per piece of infrastructure
 * @param dataDirectory      when present, PostgreSQL and Kafka keep their data under it between runs;
 *                           when empty they use temporary directories removed on close
 * @param ports              every port the suite listens on
 * @param readinessTimeout   how long all services together may take to report ready
 * @param admin              the administrator identity-service creates on first start
 * @param external           infrastructure to use instead of starting it
 * @param serviceJvmOptions  JVM flags for every service process
 * @param serviceEnvironment extra variables for every service, applied last (so they win)
 * @param mailsKept          how many of the newest mails the mail server keeps, when present; else every mail
 */
public record SuiteOptions(
        Path repositoryRoot,
        Path logDirectory,
        Optional<Path> dataDirectory,
        SuitePorts ports,
        Duration readinessTimeout,
        AdminAccount admin,
        ExternalInfrastructure external,
        List<String> serviceJvmOptions,
        Map<String, String> serviceEnvironment,
        OptionalInt mailsKept,
        int backgroundNiceness) {

    public static final Duration DEFAULT_READINESS_TIMEOUT = Duration.ofSeconds(180);

    /**
     * What {@code ./run-local}'s mail server keeps: the newest mails, enough to read the last of every flow. Kept all,
     * a load test's mails (tickets PDF and calendar attached) filled the launcher's heap after some 23,000 and took
     * Kafka, which runs in the same JVM, down with an OutOfMemoryError. An isolated suite (tests, the chaos run) keeps
     * every mail: its checks read them all.
     */
    public static final int LOCAL_RUN_MAILS_KEPT = 2_000;

    /**
     * How many {@code nice} steps below the launcher {@code ./run-local} runs the mails and figures
     * ({@link Service#inTheBackground()}): on a full machine bookings and tickets go first, mails and figures catch
     * up after the sale. The measurements behind 10, and why ticket-service is not lowered: docs/perf, eighth sitting.
     */
    public static final int LOCAL_RUN_BACKGROUND_NICENESS = 10;

    /** See {@link ServiceJvm#DEFAULT_OPTIONS}. */
    public static final List<String> DEFAULT_SERVICE_JVM_OPTIONS = ServiceJvm.DEFAULT_OPTIONS;

    public SuiteOptions {
        repositoryRoot = Objects.requireNonNull(repositoryRoot, "repositoryRoot").toAbsolutePath().normalize();
        logDirectory = Objects.requireNonNull(logDirectory, "logDirectory").toAbsolutePath().normalize();
        dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory")
                .map(directory -> directory.toAbsolutePath().normalize());
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(readinessTimeout, "readinessTimeout");
        if (readinessTimeout.isNegative() || readinessTimeout.isZero()) {
            throw new IllegalArgumentException("readinessTimeout must be positive, was " + readinessTimeout);
        }
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(external, "external");
        serviceJvmOptions = List.copyOf(serviceJvmOptions);
        serviceEnvironment = Map.copyOf(serviceEnvironment);
        Objects.requireNonNull(mailsKept, "mailsKept");
        if (mailsKept.isPresent() && mailsKept.getAsInt() < 1) {
            throw new IllegalArgumentException("mailsKept must be at least 1, was " + mailsKept.getAsInt());
        }
        if (backgroundNiceness < 0 || backgroundNiceness > 19) {
            throw new IllegalArgumentException("backgroundNiceness must be 0 to 19, was " + backgroundNiceness);
        }
    }

    /**
     * What {@code ./run-local} starts: default ports, data kept in {@code .local/} of the checkout (git
     * ignores it), and whatever infrastructure the environment names. A generated admin password is kept in
     * {@code .local/admin-password}, because the kept database already holds that admin.
     */
    public static SuiteOptions localRun(Path repositoryRoot, Map<String, String> environment) {
        Path local = repositoryRoot.resolve(".local");
        return new SuiteOptions(repositoryRoot, local.resolve("logs"), Optional.of(local), SuitePorts.defaults(),
                DEFAULT_READINESS_TIMEOUT,
                RememberedAdminPassword.resolve(environment, local.resolve("admin-password")),
                ExternalInfrastructure.fromEnvironment(environment), DEFAULT_SERVICE_JVM_OPTIONS, Map.of(),
                OptionalInt.of(LOCAL_RUN_MAILS_KEPT), LOCAL_RUN_BACKGROUND_NICENESS);
    }

    /**
     * A suite that shares nothing with any other: free ports, fresh temporary PostgreSQL and Kafka data,
     * its own GreenMail and a generated admin password. Meant for end-to-end tests.
     */
    public static SuiteOptions isolated(Path repositoryRoot, Path logDirectory) {
        return new SuiteOptions(repositoryRoot, logDirectory, Optional.empty(), SuitePorts.free(),
                DEFAULT_READINESS_TIMEOUT, AdminAccount.generated(), ExternalInfrastructure.none(),
                ServiceJvm.THROW_AWAY_OPTIONS, Map.of(), OptionalInt.empty(), 0);
    }

    public SuiteOptions withPorts(SuitePorts newPorts) {
        return new SuiteOptions(repositoryRoot, logDirectory, dataDirectory, newPorts, readinessTimeout, admin,
                external, serviceJvmOptions, serviceEnvironment, mailsKept, backgroundNiceness);
    }

    public SuiteOptions withReadinessTimeout(Duration newTimeout) {
        return new SuiteOptions(repositoryRoot, logDirectory, dataDirectory, ports, newTimeout, admin,
                external, serviceJvmOptions, serviceEnvironment, mailsKept, backgroundNiceness);
    }

    public SuiteOptions withAdmin(AdminAccount newAdmin) {
        return new SuiteOptions(repositoryRoot, logDirectory, dataDirectory, ports, readinessTimeout, newAdmin,
                external, serviceJvmOptions, serviceEnvironment, mailsKept, backgroundNiceness);
    }

    public SuiteOptions withExternal(ExternalInfrastructure newExternal) {
        return new SuiteOptions(repositoryRoot, logDirectory, dataDirectory, ports, readinessTimeout, admin,
                newExternal, serviceJvmOptions, serviceEnvironment, mailsKept, backgroundNiceness);
    }

    public SuiteOptions withServiceJvmOptions(List<String> newJvmOptions) {
        return new SuiteOptions(repositoryRoot, logDirectory, dataDirectory, ports, readinessTimeout, admin,
                external, newJvmOptions, serviceEnvironment, mailsKept, backgroundNiceness);
    }

    public SuiteOptions withServiceEnvironment(Map<String, String> newEnvironment) {
        return new SuiteOptions(repositoryRoot, logDirectory, dataDirectory, ports, readinessTimeout, admin,
                external, serviceJvmOptions, newEnvironment, mailsKept, backgroundNiceness);
    }

    public SuiteOptions withBackgroundNiceness(int newNiceness) {
        return new SuiteOptions(repositoryRoot, logDirectory, dataDirectory, ports, readinessTimeout, admin,
                external, serviceJvmOptions, serviceEnvironment, mailsKept, newNiceness);
    }

    /** Keeps PostgreSQL's and Kafka's data in {@code directory}, e.g. so that they can be restarted in place. */
    public SuiteOptions withDataDirectory(Path directory) {
        return new SuiteOptions(repositoryRoot, logDirectory, Optional.of(directory), ports, readinessTimeout, admin,
                external, serviceJvmOptions, serviceEnvironment, mailsKept, backgroundNiceness);
    }
}
