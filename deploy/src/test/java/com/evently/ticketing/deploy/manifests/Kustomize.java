package com.evently.ticketing.deploy.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

import com.evently.ticketing.deploy.manifests.KubernetesBase.Manifest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * An overlay as {@code kubectl apply -k} would send it: rendered by {@code kubectl kustomize}, which needs no
 * cluster. Tests of rendered overlays are skipped, saying why, where kubectl is not installed.
 */
final class Kustomize {

    static final Path K8S = RepositoryFiles.deploy("k8s");
    static final List<String> OVERLAYS = List.of("overlays/dev", "overlays/prod");

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final ConcurrentHashMap<String, List<Manifest>> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    static void assumeKubectl() {
        Assumptions.assumeTrue(kubectlAvailable(),
                "kubectl is not installed: overlays are rendered with `kubectl kustomize` (client only, no cluster)");
    }

    /** The objects the overlay (or base, or any kustomization) under deploy/k8s renders to. */
    static List<Manifest> render(String directory) {
        assumeKubectl();
        return RENDERED.computeIfAbsent(directory, Kustomize::run);
    }

    /** A kustomization anywhere, e.g. a copy under test; rendered anew on every call. */
    static List<Manifest> renderAt(Path path) {
        assumeKubectl();
        return run(path);
    }

    private static List<Manifest> run(String directory) {
        return run(K8S.resolve(directory));
    }

    private static List<Manifest> run(Path path) {
        String directory = path.toString();
        try {
            Process process = new ProcessBuilder("kubectl", "kustomize", path.toString())
                    .redirectError(ProcessBuilder.Redirect.PIPE).start();
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + directory + " failed: " + err);
            }
            try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(out)) {
                return documents.readAll().stream().filter(JsonNode::isObject)
                        .map(body -> new Manifest(path, body)).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static boolean kubectlAvailable() {
        try {
            Process process = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
