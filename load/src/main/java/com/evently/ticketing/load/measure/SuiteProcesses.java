package com.evently.ticketing.load.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The processes of one suite started by {@code ./run-local} from {@code repositoryRoot}: each service JVM (found by
 * its jar, {@code <root>/<module>/target/<module>-*.jar} or the copy extracted under {@code <root>/.local/aot/<module>/},
 * so another checkout's suite or test run is not counted),
 * the launcher (which hosts the Kafka broker) and the PostgreSQL server with all its backends.
 */
public final class SuiteProcesses {

    public static final List<String> SERVICES = List.of("gateway", "identity-service", "event-service",
            "booking-service", "ticket-service", "notification-service", "analytics-service");
    public static final String POSTGRESQL = "postgresql";
    public static final String LAUNCHER = "launcher (kafka)";

    private final Path proc;
    private final Path repositoryRoot;

    public SuiteProcesses(Path proc, Path repositoryRoot) {
        this.proc = proc;
        this.repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
    }

    public static SuiteProcesses ofThisMachine(Path repositoryRoot) {
        return new SuiteProcesses(Path.of("/proc"), repositoryRoot);
    }

    /** CPU ticks used so far by each part of the suite, in {@link #SERVICES} order, then PostgreSQL and the launcher. */
    public Map<String, Long> cpuTicks() {
        List<Running> running = running();
        Map<String, Long> ticks = new LinkedHashMap<>();
        for (String service : SERVICES) {
            String jarPrefix = repositoryRoot.resolve(service).resolve("target").resolve(service + "-").toString();
            // ./run-local runs a service from its jar extracted for the JDK's AOT cache (deploy's AotCache)
            String extractedJarPrefix = repositoryRoot.resolve(".local").resolve("aot").resolve(service) + "/";
            ticks.put(service, running.stream()
                    .filter(process -> process.hasJar(jarPrefix) || process.hasJar(extractedJarPrefix))
                    .mapToLong(process -> process.stat().ownTicks())
                    .sum());
        }
        ticks.put(POSTGRESQL, postmasterPid().map(postmaster -> running.stream()
                        .filter(process -> process.stat().pid() == postmaster || process.stat().ppid() == postmaster)
                        .mapToLong(process -> process.stat().ownTicks()
                                + (process.stat().pid() == postmaster ? process.stat().childrenTicks() : 0))
                        .sum())
                .orElse(0L));
        String launcherPrefix = repositoryRoot.resolve("deploy").resolve("target").resolve("deploy-").toString();
        ticks.put(LAUNCHER, running.stream()
                .filter(process -> process.hasJar(launcherPrefix)
                        || (process.hasJar("deploy/target/deploy-") && process.startedIn(repositoryRoot)))
                .mapToLong(process -> process.stat().ownTicks())
                .sum());
        return ticks;
    }

    /** The postmaster writes its pid on the first line of postmaster.pid in the data directory run-local keeps. */
    Optional<Integer> postmasterPid() {
        Path pidFile = repositoryRoot.resolve(".local").resolve("postgres").resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(lines.getFirst().strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private List<Running> running() {
        List<Running> running = new ArrayList<>();
        try (Stream<Path> entries = Files.list(proc)) {
            entries.filter(entry -> entry.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(entry -> read(entry).ifPresent(running::add));
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + proc, e);
        }
        return running;
    }

    // A process may end between listing and reading: it is simply not there any more.
    private static Optional<Running> read(Path processDirectory) {
        try {
            ProcStat stat = ProcStat.parse(Files.readString(processDirectory.resolve("stat")));
            byte[] cmdline = Files.readAllBytes(processDirectory.resolve("cmdline"));
            List<String> arguments = List.of(new String(cmdline, StandardCharsets.UTF_8).split("\0"));
            Optional<Path> cwd;
            try {
                cwd = Optional.of(Files.readSymbolicLink(processDirectory.resolve("cwd")));
            } catch (IOException | UnsupportedOperationException e) {
                cwd = Optional.empty();
            }
            return Optional.of(new Running(stat, arguments, cwd));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private record Running(ProcStat stat, List<String> arguments, Optional<Path> cwd) {

        boolean hasJar(String prefix) {
            return arguments.stream().anyMatch(argument -> argument.startsWith(prefix) && argument.endsWith(".jar"));
        }

        boolean startedIn(Path directory) {
            return cwd.map(path -> path.normalize().equals(directory)).orElse(false);
        }
    }
}
