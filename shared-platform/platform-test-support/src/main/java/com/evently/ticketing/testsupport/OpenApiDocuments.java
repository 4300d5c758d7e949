package com.evently.ticketing.testsupport;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI documents the services publish are also checked in ({@code docs/openapi/<service>.json}): the
 * OpenAPI linter reads them and the generated Java client ({@code clients/java}) is built from them. Each service's
 * {@code OpenApiDocumentTest} hands its live document here, which writes it to {@code target/openapi/<service>.json}
 * and fails while the checked-in copy says something else, so the copy can never drift from the code.
 * <p>
 * After an intended API change, run the service's test with {@code -Dopenapi.accept=true} to rewrite the copy
 * (or copy the file from {@code target/openapi}), and review the diff like code.
 */
public final class OpenApiDocuments {

    /** The form both copies are compared in: keys sorted, indented, so that the diff shows what changed. */
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    public static void assertCheckedInCopyMatches(String service, String liveDocument) {
        String live = canonical(liveDocument);
        write(Path.of("target", "openapi", service + ".json"), live);
        Path checkedIn = repositoryRoot().resolve(Path.of("docs", "openapi", service + ".json"));
        if (Boolean.getBoolean("openapi.accept")) {
            write(checkedIn, live);
        }
        assertThat(checkedIn).as("the checked-in OpenAPI document of %s", service).exists();
        assertThat(read(checkedIn))
                .as("%s differs from what %s publishes (target/openapi/%s.json); after an intended API change, "
                        + "run this test with -Dopenapi.accept=true and commit the new copy", checkedIn, service, service)
                .isEqualTo(live);
    }

    private static String canonical(String document) {
        Map<?, ?> tree = CANONICAL.readValue(document, Map.class);
        return CANONICAL.writeValueAsString(tree) + "\n";
    }

    /** Tests run in their module's directory; the repository root is the nearest directory holding {@code mvnw}. */
    private static Path repositoryRoot() {
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            if (Files.exists(directory.resolve("mvnw"))) {
                return directory;
            }
        }
        throw new IllegalStateException("No mvnw above " + Path.of("").toAbsolutePath());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OpenApiDocuments() {
    }
}
