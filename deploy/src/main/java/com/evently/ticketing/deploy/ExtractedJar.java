package com.evently.ticketing.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipException;

/**
 * A service's executable jar unpacked by Spring Boot's jarmode tools: a small jar whose manifest puts the libraries,
 * plain jars in {@code lib/}, on the class path. Every suite runs the services so, as their images do (Jib lays the
 * same classes and libraries out as files): the JDK's own jar handling loads their classes. Run as built, from jars
 * nested in the executable jar, Spring Boot's loader could freeze a service on two cores: with virtual threads, a
 * request whose class loading got stuck in the loader's locks held up every other one (spring-boot#51379, #51463;
 * docs/perf/startup.md).
 *
 * @param directory where the jar is unpacked: {@link #launched()} and its {@code lib/}
 */
record ExtractedJar(Path jar, Path directory) {

    private static final Duration TOOL_TIMEOUT = Duration.ofMinutes(10);
    /** Names the build that was unpacked: a rebuilt jar is unpacked again. */
    private static final String SOURCE_STAMP = "source.stamp";
    /** The manifest attribute of a Spring Boot executable jar; a plain jar has nothing to unpack. */
    private static final String NESTED_LIBRARIES = "Spring-Boot-Lib";
    /** One unpacking of a directory at a time, however many replicas of its service start. */
    private static final Map<Path, Object> UNPACKING = new ConcurrentHashMap<>();

    /** Unpacked next to the jar, in its module's build output: for suites that keep nothing between runs. */
    static ExtractedJar besideBuild(Path jar) {
        return new ExtractedJar(jar, jar.resolveSibling("extracted"));
    }

    /** What {@code java -jar} runs. */
    Path launched() {
        return directory.resolve(jar.getFileName());
    }

    boolean isUpToDate() {
        try {
            return Files.isRegularFile(launched())
                    && Files.readString(directory.resolve(SOURCE_STAMP)).equals(stampOf(jar));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Unpacks the jar unless this build of it already is; a plain jar (a test's stand-in for a service) is copied as
     * it is. Into a staging directory first, so that a launcher killed half-way leaves nothing that looks complete.
     */
    void prepare(Path javaExecutable) throws IOException {
        synchronized (UNPACKING.computeIfAbsent(directory.toAbsolutePath().normalize(), ignored -> new Object())) {
            if (isUpToDate()) {
                return;
            }
            Path staging = directory.resolveSibling(directory.getFileName() + ".partial");
            Directories.deleteRecursively(staging);
            Files.createDirectories(staging);
            if (isExecutableSpringBootJar(jar)) {
                run(List.of(javaExecutable.toString(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
                        "--destination", staging.toString()), staging.resolveSibling(staging.getFileName() + ".log"),
                        "extracting " + jar.getFileName());
            } else {
                Files.copy(jar, staging.resolve(jar.getFileName()));
            }
            Files.writeString(staging.resolve(SOURCE_STAMP), stampOf(jar));
            Directories.deleteRecursively(directory);
            Files.move(staging, directory);
        }
    }

    private static boolean isExecutableSpringBootJar(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest() != null
                    && file.getManifest().getMainAttributes().getValue(NESTED_LIBRARIES) != null;
        } catch (ZipException notAJar) {
            // copied as it is: the JVM then says what is wrong with it, as it would have without the copy
            return false;
        }
    }

    private static String stampOf(Path jar) throws IOException {
        return jar.toAbsolutePath() + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
    }

    private static void run(List<String> command, Path output, String what) throws IOException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        try {
            if (!process.waitFor(TOOL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException(what + " took longer than " + TOOL_TIMEOUT.toMinutes() + " minutes");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(what + " was interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(what + " failed with exit code " + process.exitValue() + "; see " + output);
        }
        Files.deleteIfExists(output);
    }
}
