package com.evently.ticketing.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.evently.ticketing.deploy.manifests.KubernetesBase.Manifest;

import tools.jackson.databind.JsonNode;

/**
 * deploy/bin/pin-images, which push-images feeds with the digests Jib wrote after pushing
 * ({@code <module>/target/jib-image.digest}): run here on a copy of deploy/k8s with made-up digests, since nothing
 * can be pushed from this machine. The push itself (jib:build against a registry) is not tested.
 */
class ImagePinningTest {

    private static final Path SCRIPT = RepositoryFiles.deploy("bin/pin-images");
    private static final String REGISTRY = "registry.test/acme";
    private static final List<String> MODULES = List.of("gateway", "identity-service", "event-service", "booking-service",
            "ticket-service", "notification-service", "analytics-service");

    @TempDir
    Path copy;

    @Test
    void pinsEveryDeploymentAndMigrationJobToThePushedDigests() throws Exception {
        Path k8s = copyOfDeployK8s();
        Map<String, String> pushed = digests();

        Result result = pin(k8s.resolve("overlays/prod/kustomization.yaml"), lines(pushed));

        assertThat(result.exitCode()).as(result.errors()).isZero();
        List<Manifest> rendered = Kustomize.renderAt(k8s.resolve("overlays/prod"));
        List<Manifest> workloads = rendered.stream()
                .filter(manifest -> manifest.kind().equals("Deployment") || manifest.kind().equals("Job")).toList();
        assertThat(workloads).hasSize(13).allSatisfy(workload -> {
            String module = workload.name().replaceFirst("-migration$", "");
            assertThat(KubernetesBase.container(workload).path("image").asString(""))
                    .isEqualTo(REGISTRY + "/" + module + "@" + pushed.get(module));
        });
    }

    /** dev's entries carry tags; pinned, they carry the digest instead. Comments and the rest stay as they were. */
    @Test
    void replacesATagWithTheDigestAndLeavesTheRestOfTheFileAlone() throws Exception {
        Path original = RepositoryFiles.deploy("k8s/overlays/dev/kustomization.yaml");
        Path kustomization = copy.resolve("kustomization.yaml");
        Files.copy(original, kustomization);
        Map<String, String> pushed = digests();

        assertThat(pin(kustomization, lines(Map.of("booking-service", pushed.get("booking-service")))).exitCode()).isZero();

        JsonNode images = RepositoryFiles.yaml(kustomization).path("images");
        JsonNode booking = images.values().stream()
                .filter(image -> image.path("name").asString("").equals("ghcr.io/evently/booking-service")).findFirst().orElseThrow();
        assertThat(booking.path("newName").asString("")).isEqualTo(REGISTRY + "/booking-service");
        assertThat(booking.path("digest").asString("")).isEqualTo(pushed.get("booking-service"));
        assertThat(booking.has("newTag")).isFalse();
        List<String> before = Files.readAllLines(original);
        List<String> after = Files.readAllLines(kustomization);
        assertThat(after).hasSameSizeAs(before);
        List<String> changed = after.stream().filter(line -> !before.contains(line)).toList();
        assertThat(changed).containsExactly("    newName: " + REGISTRY + "/booking-service",
                "    digest: " + pushed.get("booking-service"));
    }

    @Test
    void refusesAMalformedDigestOrAModuleTheOverlayDoesNotKnowAndChangesNothing() throws Exception {
        Path kustomization = copy.resolve("kustomization.yaml");
        Files.copy(RepositoryFiles.deploy("k8s/overlays/prod/kustomization.yaml"), kustomization);
        byte[] before = Files.readAllBytes(kustomization);

        assertThat(pin(kustomization, "booking-service sha256:1234\n").exitCode()).isNotZero();
        assertThat(pin(kustomization, "booking-service " + digests().get("gateway") + "\nbilling-service "
                + digests().get("gateway") + "\n").exitCode()).isNotZero();
        assertThat(pin(kustomization, "").exitCode()).isNotZero();

        assertThat(Files.readAllBytes(kustomization)).isEqualTo(before);
    }

    /** What Jib writes to target/jib-image.digest, one made-up digest per module. */
    private static Map<String, String> digests() {
        Map<String, String> digests = new TreeMap<>();
        for (int index = 0; index < MODULES.size(); index++) {
            digests.put(MODULES.get(index), "sha256:" + Integer.toHexString(9 + index).repeat(64));
        }
        return digests;
    }

    private static String lines(Map<String, String> digests) {
        return digests.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue() + "\n")
                .collect(Collectors.joining());
    }

    private record Result(int exitCode, String errors) {
    }

    private static Result pin(Path kustomization, String stdin) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", SCRIPT.toString(), kustomization.toString(), REGISTRY).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), errors);
    }

    private Path copyOfDeployK8s() throws IOException {
        Path source = Kustomize.K8S;
        Path target = copy.resolve("k8s");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination);
                }
            }
        }
        return target;
    }
}
