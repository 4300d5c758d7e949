package com.evently.ticketing.load.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteProcessesTest {

    @TempDir
    Path proc;
    @TempDir
    Path repository;

    @Test
    void countsEachServiceByItsJarInThisRepositoryOnly() throws IOException {
        process(100, 1, 500, 0, "java", "-Xmx384m", "-jar", jar("booking-service"));
        process(101, 1, 300, 0, "java", "-jar", jar("gateway"));
        // the same service of another checkout, e.g. a test run of another worktree
        process(102, 1, 9_000, 0, "java", "-jar", "/elsewhere/booking-service/target/booking-service-0.1.0.jar");

        Map<String, Long> ticks = new SuiteProcesses(proc, repository).cpuTicks();

        assertThat(ticks).containsEntry("booking-service", 500L).containsEntry("gateway", 300L)
                .containsEntry("ticket-service", 0L);
        assertThat(ticks.keySet()).startsWith("gateway", "identity-service")
                .endsWith(SuiteProcesses.POSTGRESQL, SuiteProcesses.LAUNCHER);
    }

    @Test
    void countsAServiceRunFromItsJarExtractedForTheAotCache() throws IOException {
        process(100, 1, 700, 0, "java", "-XX:AOTCache=x.aot", "-jar",
                repository.resolve(".local/aot/booking-service/ed277e51/app/booking-service-0.1.0-SNAPSHOT.jar").toString());
        process(101, 1, 9_000, 0, "java", "-jar", "/elsewhere/.local/aot/booking-service/ed277e51/app/booking-service-0.1.0.jar");

        assertThat(new SuiteProcesses(proc, repository).cpuTicks()).containsEntry("booking-service", 700L)
                .containsEntry("gateway", 0L);
    }

    @Test
    void postgresqlIsThePostmasterWithItsLiveBackendsAndTheOnesItReaped() throws IOException {
        Files.createDirectories(repository.resolve(".local/postgres"));
        Files.writeString(repository.resolve(".local/postgres/postmaster.pid"), "200\n/data\n1796581831\n15432\n");
        process(200, 1, 50, 700, "postgres", "-D", "/data");
        process(201, 200, 120, 0, "postgres: booking ticketing 127.0.0.1");
        process(202, 200, 80, 0, "postgres: walwriter");
        process(300, 1, 4_000, 0, "postgres", "-D", "/another/cluster");

        assertThat(new SuiteProcesses(proc, repository).cpuTicks())
                .containsEntry(SuiteProcesses.POSTGRESQL, 50L + 700 + 120 + 80);
    }

    @Test
    void noPostgresqlDataDirectoryCountsNothingForIt() throws IOException {
        process(200, 1, 50, 700, "postgres", "-D", "/data");

        assertThat(new SuiteProcesses(proc, repository).cpuTicks()).containsEntry(SuiteProcesses.POSTGRESQL, 0L);
    }

    private String jar(String module) {
        return repository.resolve(module).resolve("target").resolve(module + "-0.1.0-SNAPSHOT.jar").toString();
    }

    private void process(int pid, int ppid, long ownTicks, long childrenTicks, String... arguments) throws IOException {
        Path directory = Files.createDirectories(proc.resolve(Integer.toString(pid)));
        Files.writeString(directory.resolve("stat"), "%d (%s) S %d 0 0 0 -1 0 0 0 0 0 %d 0 %d 0 20 0 1 0"
                .formatted(pid, "x", ppid, ownTicks, childrenTicks));
        Files.write(directory.resolve("cmdline"), (String.join("\0", arguments) + "\0").getBytes(StandardCharsets.UTF_8));
    }
}
