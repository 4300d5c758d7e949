package com.evently.ticketing.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.jar.JarFile;

import com.evently.ticketing.deploy.fake.FakeServiceJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractedJarTest {

    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    Path target;

    @Test
    void unpacksAServiceJarIntoAJarOfItsOwnWithItsLibrariesAsPlainJarsOnTheClassPath() throws Exception {
        Path built = ServiceProcessSpec.jarOf(Service.IDENTITY, SharedSuite.CHECKOUT, SuiteVersion.current());
        assumeTrue(Files.isRegularFile(built), "needs the packaged identity-service jar (./mvnw package)");
        Path jar = Files.copy(built, target.resolve(built.getFileName()));
        ExtractedJar extracted = ExtractedJar.besideBuild(jar);

        extracted.prepare(JAVA);

        assertThat(extracted.launched()).isEqualTo(target.resolve("extracted").resolve(built.getFileName()));
        try (JarFile launched = new JarFile(extracted.launched().toFile())) {
            // no nested jars left for Spring Boot's loader: the JDK's class path holds the libraries
            assertThat(launched.getManifest().getMainAttributes().getValue("Class-Path")).contains("lib/spring-core-");
        }
        assertThat(extracted.launched().resolveSibling("lib")).isDirectoryContaining(
                path -> path.getFileName().toString().startsWith("spring-core-"));
        assertThat(target.resolve("extracted.partial")).doesNotExist();
    }

    @Test
    void unpacksEachBuildOnceAndARebuiltJarAgain() throws Exception {
        Path jar = target.resolve("booking-service-0.1.0-SNAPSHOT.jar");
        FakeServiceJar.writeTo(jar);
        ExtractedJar extracted = ExtractedJar.besideBuild(jar);

        extracted.prepare(JAVA);
        // a plain jar (a test's stand-in for a service) has nothing to unpack: it runs as it is
        assertThat(extracted.launched()).hasSameBinaryContentAs(jar);
        assertThat(extracted.isUpToDate()).isTrue();
        FileTime unpackedAt = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
        Files.setLastModifiedTime(extracted.launched(), unpackedAt);

        extracted.prepare(JAVA);
        assertThat(Files.getLastModifiedTime(extracted.launched())).isEqualTo(unpackedAt);

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(extracted.isUpToDate()).isFalse();
        extracted.prepare(JAVA);
        assertThat(Files.getLastModifiedTime(extracted.launched())).isNotEqualTo(unpackedAt);
        assertThat(extracted.isUpToDate()).isTrue();
    }
}
