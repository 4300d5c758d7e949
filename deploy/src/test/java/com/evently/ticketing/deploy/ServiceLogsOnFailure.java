package com.evently.ticketing.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * When an end-to-end test fails, the reason is usually in some service's log, not in the assertion: attaches
 * the end of every log file of the suite to the failure, so that it shows up in the build output (and prints
 * it to the test's output file too). A service that stopped answering says nothing in its log: the first failures of
 * a run also leave a thread dump of every service, virtual threads included, in {@code threads/} beside the logs
 * ({@code .ci/failure-digest} sums them up at the end of a failed CI run).
 */
public final class ServiceLogsOnFailure implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    private static final int TAIL_LINES = 40;
    private static final int MAX_MESSAGE_CHARS = 400;
    /** The top of a stack trace says what failed and where; the rest is framework plumbing. */
    private static final int STACK_TRACE_LINES = 12;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Dumps of the first failures show how a hang began; later ones mostly repeat them. */
    private static final int FAILURES_WITH_THREAD_DUMPS = 3;
    private static final AtomicInteger failuresSeen = new AtomicInteger();

    private final Path logDirectory;

    public ServiceLogsOnFailure(Path logDirectory) {
        this.logDirectory = logDirectory;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw withLogTails(context, failure);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw withLogTails(context, failure);
    }

    private Throwable withLogTails(ExtensionContext context, Throwable failure) {
        int failureOfRun = failuresSeen.incrementAndGet();
        if (failureOfRun <= FAILURES_WITH_THREAD_DUMPS) {
            SharedSuite.started(context).ifPresent(suite -> dumpThreads(suite, failureOfRun));
        }
        String tails = logTails();
        System.out.println(tails);
        failure.addSuppressed(new ServiceLogTails(tails));
        return failure;
    }

    /** With the JDK's jcmd, which (unlike a SIGQUIT dump) shows virtual threads and what they wait for. */
    private void dumpThreads(LocalSuite suite, int failureOfRun) {
        Path directory = logDirectory.resolve("threads");
        Path jcmd = LocalSuite.currentJavaExecutable().resolveSibling("jcmd");
        for (Service service : Service.values()) {
            for (ReplicaId replica : suite.replicasOf(service)) {
                if (!suite.isRunning(replica)) {
                    continue;
                }
                Path dump = directory.resolve(failureOfRun + "-" + replica.name() + ".txt");
                try {
                    Files.createDirectories(directory);
                    Process process = new ProcessBuilder(jcmd.toString(), Long.toString(suite.pidOf(replica)),
                            "Thread.dump_to_file", "-overwrite", "-format=text", dump.toString())
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start();
                    if (!process.waitFor(30, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (IOException e) {
                    System.out.println("no thread dump of " + replica + ": " + e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private String logTails() {
        StringBuilder tails = new StringBuilder("Last lines of the suite's logs in " + logDirectory + ":\n");
        List<Path> logFiles;
        try (Stream<Path> files = Files.list(logDirectory)) {
            logFiles = files.filter(file -> file.toString().endsWith(".log")).sorted().toList();
        } catch (IOException e) {
            return tails.append("(no logs: ").append(e).append(")").toString();
        }
        for (Path logFile : logFiles) {
            tails.append("\n===== ").append(logFile.getFileName()).append(" =====\n");
            try {
                // decoded leniently: a half-written last line must not hide the rest
                List<String> lines = new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8).lines().toList();
                lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size())
                        .forEach(line -> tails.append(readable(line)).append('\n'));
            } catch (IOException e) {
                tails.append("(unreadable: ").append(e).append(")\n");
            }
        }
        return tails.toString();
    }

    /**
     * The services log one ECS JSON document per line: shown as time, level, logger and message, plus the top
     * of a stack trace when there is one. Anything else (a JVM crash, the launcher's own lines) as it is.
     */
    private static String readable(String line) {
        JsonNode entry;
        try {
            entry = line.startsWith("{") ? JSON.readTree(line) : null;
        } catch (JacksonException notJson) {
            entry = null;
        }
        if (entry == null || !entry.has("message")) {
            return shortened(line, MAX_MESSAGE_CHARS * 4);
        }
        StringBuilder readable = new StringBuilder()
                .append(entry.path("@timestamp").asString()).append(' ')
                .append(entry.path("log").path("level").asString()).append(' ')
                .append(entry.path("log").path("logger").asString()).append(" - ")
                .append(shortened(entry.path("message").asString(), MAX_MESSAGE_CHARS));
        String stackTrace = entry.path("error").path("stack_trace").asString("");
        if (!stackTrace.isEmpty()) {
            stackTrace.lines().limit(STACK_TRACE_LINES).forEach(frame -> readable.append("\n    ").append(frame));
        }
        return readable.toString();
    }

    private static String shortened(String text, int maxChars) {
        return text.length() > maxChars ? text.substring(0, maxChars) + "…" : text;
    }

    /** Carries the log tails along with the failure; not a failure of its own. */
    static final class ServiceLogTails extends RuntimeException {

        ServiceLogTails(String tails) {
            super(tails, null, false, false);
        }
    }
}
