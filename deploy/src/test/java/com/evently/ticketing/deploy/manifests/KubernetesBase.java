package com.evently.ticketing.deploy.manifests;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/** deploy/k8s/base as `kubectl apply -k` sees it: the documents of the files kustomization.yaml lists. */
final class KubernetesBase {

    static final Path DIRECTORY = RepositoryFiles.deploy("k8s/base");

    record Manifest(Path file, JsonNode body) {

        String kind() {
            return body.path("kind").asString("");
        }

        String name() {
            return body.path("metadata").path("name").asString("");
        }

        @Override
        public String toString() {
            return kind() + " " + name() + " (" + file.getFileName() + ")";
        }
    }

    private final JsonNode kustomization;
    private final List<Manifest> manifests;

    private KubernetesBase(JsonNode kustomization, List<Manifest> manifests) {
        this.kustomization = kustomization;
        this.manifests = manifests;
    }

    static KubernetesBase read() {
        JsonNode kustomization = RepositoryFiles.yaml(DIRECTORY.resolve("kustomization.yaml"));
        List<Manifest> manifests = kustomization.path("resources").values().stream()
                .map(resource -> DIRECTORY.resolve(resource.asString()))
                .flatMap(file -> RepositoryFiles.yamlDocuments(file).stream().map(body -> new Manifest(file, body)))
                .toList();
        return new KubernetesBase(kustomization, manifests);
    }

    JsonNode kustomization() {
        return kustomization;
    }

    List<Manifest> all() {
        return manifests;
    }

    List<Manifest> ofKind(String kind) {
        return manifests.stream().filter(manifest -> manifest.kind().equals(kind)).toList();
    }

    Optional<Manifest> find(String kind, String name) {
        return ofKind(kind).stream().filter(manifest -> manifest.name().equals(name)).findFirst();
    }

    /** The Deployment's pod template. */
    static JsonNode podSpec(Manifest deployment) {
        return deployment.body().path("spec").path("template").path("spec");
    }

    static Map<String, String> podLabels(Manifest deployment) {
        return stringMap(deployment.body().path("spec").path("template").path("metadata").path("labels"));
    }

    /** Each Deployment here runs exactly one container, the service itself. */
    static JsonNode container(Manifest deployment) {
        JsonNode containers = podSpec(deployment).path("containers");
        if (containers.size() != 1) {
            throw new AssertionError(deployment + " runs " + containers.size() + " containers, expected one");
        }
        return containers.get(0);
    }

    static Map<String, JsonNode> env(JsonNode container) {
        Map<String, JsonNode> env = new LinkedHashMap<>();
        container.path("env").values().forEach(variable -> env.put(variable.path("name").asString(""), variable));
        return env;
    }

    /** The number of a container port given by name or number, as probes and Services may name it. */
    static Optional<Integer> portNumber(JsonNode container, JsonNode port) {
        if (port.isNumber()) {
            return Optional.of(port.asInt());
        }
        return container.path("ports").values().stream()
                .filter(declared -> declared.path("name").asString("").equals(port.asString("")))
                .map(declared -> declared.path("containerPort").asInt())
                .findFirst();
    }

    static Map<String, String> stringMap(JsonNode object) {
        Map<String, String> map = new LinkedHashMap<>();
        object.properties().forEach(entry -> map.put(entry.getKey(), entry.getValue().asString("")));
        return map;
    }
}
