package com.evently.ticketing.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service's JDK AOT cache (JEP 483, 514, 515): the classes a training run loaded, already parsed and linked, and its
 * method profiles, so a start skips most class loading and the JIT compiles the hot code sooner. The JVM caches only
 * classes of plain jars on the class path, so the service runs from its executable jar extracted by Spring Boot's
 * jarmode tools.
 *
 * <p>One directory per jar build, JDK and set of JVM options (their fingerprint names it), kept under the suite's data
 * directory; a rebuilt jar gets a fresh one and older ones are removed. The first start of a build runs the extracted
 * jar without a cache; once the service is ready, a training run of it in the background, with the same settings,
 * starts the application context and stops right after its refresh (Spring's {@code spring.context.exit=onRefresh}),
 * and the JVM writes the cache on exit ({@code -XX:AOTCacheOutput}). Every later start uses it. A training run that
 * fails or is stopped leaves nothing behind but its log, and the next start trains again.
 *
 * @param directory the fingerprinted directory of this jar build
 */
record AotCache(Service service, Path jar, Path directory) {

    private static final Logger log = LoggerFactory.getLogger(AotCache.class);
    private static final String CACHE_OPTION = "-XX:AOTCache=";
    private static final String EXTRACTED = "app";

    /**
     * @param cacheRoot   where every service's caches are kept, e.g. {@code .local/aot}
     * @param jvmOptions  the options the service runs with: a cache is only valid for compatible ones
     */
    static AotCache of(Service service, Path jar, Path cacheRoot, List<String> jvmOptions) {
        return new AotCache(service, jar, cacheRoot.resolve(service.moduleName())
                .resolve(fingerprint(jar, jvmOptions)));
    }

    /**
     * Recognises, from a command {@link #commandTail} made, the cache it belongs to: the jar it runs is the extracted
     * one, not the service's jar. So a spec needs no field of its own for it.
     */
    static Optional<AotCache> usedBy(Service service, Path jar, List<String> command) {
        int jarOption = command.lastIndexOf("-jar");
        if (jarOption < 0 || jarOption + 1 >= command.size()) {
            return Optional.empty();
        }
        Path runs = Path.of(command.get(jarOption + 1));
        if (runs.equals(jar) || runs.getParent() == null || !runs.getParent().endsWith(EXTRACTED)) {
            return Optional.empty();
        }
        return Optional.of(new AotCache(service, jar, runs.getParent().getParent()));
    }

    /** The jar the cache belongs to, unpacked inside the cache's directory. */
    ExtractedJar extracted() {
        return new ExtractedJar(jar, directory.resolve(EXTRACTED));
    }

    Path extractedJar() {
        return extracted().launched();
    }

    Path cache() {
        return directory.resolve(service.moduleName() + ".aot");
    }

    /** What the training run writes; renamed to {@link #cache} once complete, so a cut-short run is never used. */
    Path trainingOutput() {
        return directory.resolve(service.moduleName() + ".training.aot");
    }

    boolean isTrained() {
        return Files.isRegularFile(cache());
    }

    /** What follows the JVM options on the command line: the cache once there is one, and the extracted jar. */
    List<String> commandTail() {
        List<String> tail = new ArrayList<>();
        if (isTrained()) {
            tail.add(CACHE_OPTION + cache());
        }
        tail.add("-jar");
        tail.add(extractedJar().toString());
        return tail;
    }

    /**
     * Extracts the jar when this build was not extracted yet, removing earlier builds. The directory's fingerprint
     * already names the build: an extracted jar found there is never unpacked again, which would change the files the
     * trained cache was made from (the JVM then refuses the cache).
     */
    void prepare(Path javaExecutable) throws IOException {
        if (Files.isRegularFile(extractedJar())) {
            return;
        }
        removeOtherBuilds();
        extracted().prepare(javaExecutable);
    }

    /**
     * Starts the training run: the service's own settings, but no port of its own (the web server is created, never
     * started) and a stop once the context is refreshed. The cache is in place when the returned future completes
     * with true.
     */
    Training train(Path javaExecutable, List<String> jvmOptions, Map<String, String> environment,
            Path workingDirectory, Path logFile) throws IOException {
        Files.deleteIfExists(trainingOutput());
        List<String> command = new ArrayList<>();
        command.add(javaExecutable.toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-XX:AOTCacheOutput=" + trainingOutput(), "-Dspring.context.exit=onRefresh",
                "-jar", extractedJar().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", "0");
        builder.environment().put("MANAGEMENT_SERVER_PORT", "0");
        log.info("{}: training its AOT cache in the background (once per build; the next start uses it), log {}",
                service.moduleName(), logFile);
        Process process = builder.start();
        CompletableFuture<Boolean> done = process.onExit().thenApply(exited -> adoptTrainingOutput(exited.exitValue()));
        return new Training(process, done);
    }

    private boolean adoptTrainingOutput(int exitCode) {
        try {
            if (exitCode == 0 && Files.isRegularFile(trainingOutput())) {
                Files.move(trainingOutput(), cache(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                log.info("{}: AOT cache ready for its next start", service.moduleName());
                return true;
            }
            Files.deleteIfExists(trainingOutput());
            return false;
        } catch (IOException e) {
            log.warn("{}: could not keep its AOT cache: {}", service.moduleName(), e.toString());
            return false;
        }
    }

    /** A running training, stopped with the service (whatever it wrote so far is dropped). */
    record Training(Process process, CompletableFuture<Boolean> cacheWritten) {

        void stop() {
            process.destroy();
        }
    }

    private void removeOtherBuilds() throws IOException {
        Path serviceDirectory = directory.getParent();
        if (!Files.isDirectory(serviceDirectory)) {
            return;
        }
        try (Stream<Path> builds = Files.list(serviceDirectory)) {
            for (Path build : builds.filter(build -> !build.equals(directory)).toList()) {
                Directories.deleteRecursively(build);
            }
        }
    }

    /** Changes with the jar's build, the JDK the services run on and their JVM options. */
    private static String fingerprint(Path jar, List<String> jvmOptions) {
        String identity;
        try {
            identity = String.join("\n", jar.toAbsolutePath().toString(), Long.toString(Files.size(jar)),
                    Long.toString(Files.getLastModifiedTime(jar).toMillis()), Runtime.version().toString(),
                    String.join(" ", jvmOptions));
        } catch (IOException e) {
            // no jar yet: the suite refuses to start before any of this matters
            identity = jar.toAbsolutePath() + "\nmissing";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

}
