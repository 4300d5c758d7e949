package com.evently.ticketing.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The image configuration every module inherits from the root pom (Jib), as written into an OCI image: this
 * module's own image, built on {@code scratch} before the tests (deploy/pom.xml), since the distroless base of the
 * services cannot be pulled here. What the Kubernetes manifests rely on: a numeric non-root user (runAsNonRoot),
 * Jib's java entrypoint that honours JAVA_TOOL_OPTIONS, the port, the OCI labels, and fixed timestamps.
 */
class ImageConfigurationTest {

    private static Map<String, byte[]> tarball;
    private static JsonNode config;

    @BeforeAll
    static void readTheImage() throws IOException {
        Path file = Path.of(System.getProperty("image.tarball", "target/image-check/jib-image.tar"));
        Assumptions.assumeTrue(Files.exists(file), file + " was not built (-Djib.skip, or the test run from an IDE)");
        try (InputStream in = Files.newInputStream(file)) {
            tarball = untar(in);
        }
        JsonNode index = RepositoryFiles.jsonText(new String(tarball.get("index.json"), StandardCharsets.UTF_8));
        JsonNode manifest = blob(index.path("manifests").path(0).path("digest").asString(""));
        config = blob(manifest.path("config").path("digest").asString(""));
    }

    @Test
    void runsAsTheNumericNonRootUserOfDistroless() {
        assertThat(config.path("config").path("User").asString("")).isEqualTo("65532:65532");
    }

    @Test
    void startsJavaWithTheModulesClasspathSoJavaToolOptionsApply() {
        assertThat(config.path("config").path("Entrypoint").values()).extracting(JsonNode::asString)
                .startsWith("java").contains("-cp").anySatisfy(argument -> assertThat(argument).startsWith("@/app/"));
        assertThat(config.path("config").path("Env").values()).extracting(JsonNode::asString)
                .anySatisfy(variable -> assertThat(variable).startsWith("JAVA_TOOL_OPTIONS=").contains("-XX:MaxRAMPercentage="));
    }

    @Test
    void exposesThePortAndCarriesTheOciLabels() {
        assertThat(config.path("config").path("ExposedPorts").propertyNames())
                .containsExactly(System.getProperty("image.port", "8080") + "/tcp");
        assertThat(config.path("config").path("Labels").propertyNames()).contains("org.opencontainers.image.title",
                "org.opencontainers.image.version", "org.opencontainers.image.revision",
                "org.opencontainers.image.base.name");
        assertThat(config.path("config").path("Labels").path("org.opencontainers.image.base.name").asString(""))
                .as("the services' base, pinned by digest").contains("@sha256:");
    }

    /** The same classes give the same digest: no build time in the image. */
    @Test
    void carriesNoBuildTimestamp() {
        assertThat(config.path("created").asString("")).startsWith("1970-01-01T00:00:00");
    }

    private static JsonNode blob(String digest) {
        byte[] content = tarball.get("blobs/" + digest.replace(':', '/'));
        assertThat(content).as("blob " + digest).isNotNull();
        return RepositoryFiles.jsonText(new String(content, StandardCharsets.UTF_8));
    }

    /** Small files of a ustar archive by name; the layers (large, gzipped) are skipped. */
    private static Map<String, byte[]> untar(InputStream in) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        byte[] header = new byte[512];
        while (in.readNBytes(header, 0, 512) == 512) {
            String name = new String(header, 0, 100, StandardCharsets.US_ASCII).replace("\0", "");
            if (name.isEmpty()) {
                break;
            }
            long size = Long.parseLong(new String(header, 124, 12, StandardCharsets.US_ASCII).replace("\0", "").trim(), 8);
            long padded = (size + 511) / 512 * 512;
            if (size < 1_000_000) {
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                content.write(in.readNBytes((int) size));
                files.put(name, content.toByteArray());
                in.skipNBytes(padded - size);
            } else {
                in.skipNBytes(padded);
            }
        }
        return files;
    }
}
