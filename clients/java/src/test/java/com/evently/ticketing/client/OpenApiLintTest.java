package com.evently.ticketing.client;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every service's OpenAPI document (the checked-in copies in docs/openapi, which each service's OpenApiDocumentTest
 * proves equal to what it publishes) passes Redocly CLI's {@code recommended} rules without an error
 * (docs/openapi/redocly.yaml). Redocly runs through npx at the version the pom pins, so it needs Node.js; without
 * npx on the PATH the test is skipped, so that a machine with only a JDK passes the build (.ci/run installs Debian's
 * Node.js, so CI lints). npx fetches the CLI from the npm registry once and caches it.
 */
class OpenApiLintTest {

    private static final Path DOCUMENTS = Path.of(System.getProperty("openapi.documents", "../../docs/openapi"));
    private static final String REDOCLY = "@redocly/cli@" + System.getProperty("redocly-cli.version", "2.77.0");

    @Test
    void everyServicesDocumentPassesTheRecommendedRulesWithoutError() throws Exception {
        Assumptions.assumeTrue(onPath("npx"), "npx is not on the PATH, so the OpenAPI lint is skipped "
                + "(install Node.js, e.g. Debian: apt-get install nodejs npm; .ci/run installs it)");
        List<String> documents;
        try (Stream<Path> files = Files.list(DOCUMENTS)) {
            documents = files.filter(file -> file.toString().endsWith(".json")).map(Path::toString).sorted().toList();
        }
        assertThat(documents).as("documents in %s", DOCUMENTS).hasSize(6);

        List<String> command = new ArrayList<>(List.of("npx", "--yes", REDOCLY, "lint",
                "--config", DOCUMENTS.resolve("redocly.yaml").toString(), "--format", "stylish"));
        command.addAll(documents);
        Process lint = start(command);
        String report = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(5, TimeUnit.MINUTES)).as("redocly lint finished").isTrue();

        assertThat(lint.exitValue()).as("redocly lint of %s reported errors:%n%s", documents, report).isZero();
        documents.forEach(document -> assertThat(report).as("lint report").contains(Path.of(document).getFileName().toString()));
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(directory -> !directory.isEmpty())
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, program)));
    }

    private static Process start(List<String> command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("The OpenAPI lint needs Node.js (npx) on the PATH: apt-get install nodejs npm", e);
        }
    }
}
