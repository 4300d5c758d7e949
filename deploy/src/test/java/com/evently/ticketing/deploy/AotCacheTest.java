package com.evently.ticketing.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import com.evently.ticketing.deploy.fake.FakeServiceJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCacheTest {

    private static final String VERSION = "0.1.0-SNAPSHOT";
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final SuiteWiring WIRING = new SuiteWiring(SuitePorts.defaults(), "127.0.0.1:9092",
            new DatabaseConnection("jdbc:postgresql://127.0.0.1:15432/ticketing", "postgres", "db-secret"), Map.of(),
            new SmtpEndpoint("127.0.0.1", 3025),
            new SuiteSecrets(Map.of(Service.EVENT, "event-client-secret-123",
                    Service.NOTIFICATION, "notification-client-secret-123"), "signing-key-encryption-key", "pass-key-encryption-key",
                    "unsubscribe-secret", "message-sealing-key",
                    "webhook-secret-key"),
            new AdminAccount("admin@ticketing.local", "Adm1n-Passw0rd", true));

    @TempDir
    Path repositoryRoot;

    @Test
    void aSuiteThatKeepsItsDataRunsTheExtractedJarWithoutACacheUntilOneIsTrained() throws Exception {
        Path jar = builtJar(Service.BOOKING);

        ServiceProcessSpec spec = specOf(Service.BOOKING);

        AotCache cache = spec.aotCache().orElseThrow();
        assertThat(cache.directory().getParent()).isEqualTo(repositoryRoot.resolve(".local/aot/booking-service"));
        assertThat(spec.command()).containsExactly(JAVA.toString(), "-Xmx384m", "-XX:+UseSerialGC",
                "-jar", cache.directory().resolve("app/booking-service-" + VERSION + ".jar").toString());
        assertThat(spec.jvmOptions()).containsExactly("-Xmx384m", "-XX:+UseSerialGC");
        assertThat(spec.jar()).isEqualTo(jar);
    }

    @Test
    void onceTrainedTheServiceStartsWithTheCache() throws Exception {
        builtJar(Service.EVENT);
        AotCache cache = specOf(Service.EVENT).aotCache().orElseThrow();
        Files.createDirectories(cache.directory());
        Files.writeString(cache.cache(), "trained");

        ServiceProcessSpec spec = specOf(Service.EVENT);

        assertThat(spec.aotCache()).contains(cache);
        assertThat(spec.command()).containsSequence("-XX:+UseSerialGC", "-XX:AOTCache=" + cache.cache(), "-jar",
                cache.extractedJar().toString());
        assertThat(spec.jvmOptions()).containsExactly("-Xmx384m", "-XX:+UseSerialGC");
    }

    @Test
    void aRebuiltJarOrOtherJvmOptionsGetACacheOfTheirOwn() throws Exception {
        Path jar = builtJar(Service.TICKET);
        AotCache first = specOf(Service.TICKET).aotCache().orElseThrow();

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        AotCache rebuilt = specOf(Service.TICKET).aotCache().orElseThrow();
        AotCache otherOptions = ServiceProcessSpec.of(Service.TICKET, localRun().withServiceJvmOptions(
                List.of("-Xmx512m")), WIRING, JAVA, VERSION).aotCache().orElseThrow();

        assertThat(rebuilt.directory()).isNotEqualTo(first.directory());
        assertThat(rebuilt.directory().getParent()).isEqualTo(first.directory().getParent());
        assertThat(otherOptions.directory()).isNotEqualTo(rebuilt.directory());
    }

    @Test
    void aThrowAwaySuiteRunsTheJarUnpackedBesideItsBuildWithoutACache() throws Exception {
        Path jar = builtJar(Service.GATEWAY);

        ServiceProcessSpec spec = ServiceProcessSpec.of(Service.GATEWAY,
                SuiteOptions.isolated(repositoryRoot, repositoryRoot.resolve("logs")), WIRING, JAVA, VERSION);

        assertThat(spec.aotCache()).isEmpty();
        assertThat(spec.command()).endsWith("-jar", jar.resolveSibling("extracted").resolve(jar.getFileName()).toString());
        assertThat(spec.command()).noneMatch(option -> option.startsWith("-XX:AOT"));
    }

    @Test
    void aFinishedTrainingRunLeavesTheCacheTheNextStartUses() throws Exception {
        builtJar(Service.NOTIFICATION);
        AotCache cache = specOf(Service.NOTIFICATION).aotCache().orElseThrow();
        writeJarRunning(ExitsAtOnce.class, cache.extractedJar());

        AotCache.Training training = cache.train(JAVA, List.of("-XX:+UseSerialGC"), Map.of(), repositoryRoot,
                repositoryRoot.resolve("training.log"));

        assertThat(training.cacheWritten().get(2, TimeUnit.MINUTES)).isTrue();
        assertThat(cache.cache()).isNotEmptyFile();
        assertThat(cache.trainingOutput()).doesNotExist();
        assertThat(specOf(Service.NOTIFICATION).command()).contains("-XX:AOTCache=" + cache.cache());
    }

    @Test
    void aTrainingRunStoppedBeforeItsEndLeavesNoCache() throws Exception {
        builtJar(Service.ANALYTICS);
        AotCache cache = specOf(Service.ANALYTICS).aotCache().orElseThrow();
        // listens until stopped, like a service whose context never finishes refreshing
        FakeServiceJar.writeTo(cache.extractedJar());

        AotCache.Training training = cache.train(JAVA, List.of("-XX:+UseSerialGC"), Map.of(), repositoryRoot,
                repositoryRoot.resolve("training.log"));
        training.stop();

        assertThat(training.cacheWritten().get(2, TimeUnit.MINUTES)).isFalse();
        assertThat(cache.cache()).doesNotExist();
        assertThat(cache.trainingOutput()).doesNotExist();
        assertThat(specOf(Service.ANALYTICS).command()).noneMatch(option -> option.startsWith("-XX:AOT"));
    }

    @Test
    void preparingExtractsTheServiceJarOnceAndRemovesEarlierBuilds() throws Exception {
        Path built = SharedSuite.CHECKOUT.resolve("identity-service/target/identity-service-" + VERSION + ".jar");
        assumeTrue(Files.isRegularFile(built), "needs the packaged identity-service jar (./mvnw package)");
        Path jar = ServiceProcessSpec.jarOf(Service.IDENTITY, repositoryRoot, VERSION);
        Files.createDirectories(jar.getParent());
        Files.copy(built, jar);
        Path earlierBuild = repositoryRoot.resolve(".local/aot/identity-service/0123456789abcdef");
        Files.createDirectories(earlierBuild.resolve("app"));
        AotCache cache = specOf(Service.IDENTITY).aotCache().orElseThrow();

        cache.prepare(JAVA);

        assertThat(cache.extractedJar()).isRegularFile();
        assertThat(cache.extractedJar().resolveSibling("lib")).isDirectoryContaining(
                path -> path.getFileName().toString().startsWith("spring-core-"));
        assertThat(earlierBuild).doesNotExist();
        FileTime extractedAt = Files.getLastModifiedTime(cache.extractedJar());
        cache.prepare(JAVA);
        assertThat(Files.getLastModifiedTime(cache.extractedJar())).isEqualTo(extractedAt);
    }

    private ServiceProcessSpec specOf(Service service) {
        return ServiceProcessSpec.of(service, localRun(), WIRING, JAVA, VERSION);
    }

    /** Stands in for a training run that reaches its end: halts as Spring's {@code spring.context.exit=onRefresh} does. */
    public static final class ExitsAtOnce {
        public static void main(String[] args) {
            System.out.println("trained");
            Runtime.getRuntime().halt(0);
        }
    }

    private static void writeJarRunning(Class<?> mainClass, Path jar) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass.getName());
        String classFile = mainClass.getName().replace('.', '/') + ".class";
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream classBytes = mainClass.getClassLoader().getResourceAsStream(classFile)) {
            out.putNextEntry(new JarEntry(classFile));
            classBytes.transferTo(out);
            out.closeEntry();
        }
    }

    private SuiteOptions localRun() {
        return SuiteOptions.localRun(repositoryRoot, Map.of());
    }

    private Path builtJar(Service service) throws Exception {
        Path jar = ServiceProcessSpec.jarOf(service, repositoryRoot, VERSION);
        Files.createDirectories(jar.getParent());
        FakeServiceJar.writeTo(jar);
        return jar;
    }
}
