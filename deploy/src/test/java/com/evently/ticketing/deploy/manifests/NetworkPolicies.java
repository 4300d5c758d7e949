package com.evently.ticketing.deploy.manifests;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Whether the base's NetworkPolicies let a connection through, by the rules of the Kubernetes API: a pod some
 * policy selects for Ingress accepts only what one of those policies allows; any other pod accepts everything.
 * Only what the base uses is understood: pod and namespace selectors and ports (no ipBlock).
 */
final class NetworkPolicies {

    static final String NAMESPACE = "ticketing";

    /** Where a connection comes from. */
    sealed interface Source {
    }

    record PodInTheNamespace(Map<String, String> labels) implements Source {
    }

    record AnyPodIn(String namespace) implements Source {
    }

    private final List<JsonNode> policies;

    NetworkPolicies(List<JsonNode> policies) {
        this.policies = policies;
    }

    /** @param portName the name of the container port on the target pod the connection goes to */
    boolean allow(Source source, Map<String, String> targetLabels, JsonNode targetContainer, String portName) {
        List<JsonNode> selecting = policies.stream()
                .filter(policy -> selects(policy.path("spec").path("podSelector"), targetLabels))
                .filter(NetworkPolicies::governsIngress)
                .toList();
        if (selecting.isEmpty()) {
            return true;
        }
        return selecting.stream().flatMap(policy -> policy.path("spec").path("ingress").values().stream())
                .anyMatch(rule -> admitsSource(rule, source) && admitsPort(rule, targetContainer, portName));
    }

    private static boolean governsIngress(JsonNode policy) {
        JsonNode types = policy.path("spec").path("policyTypes");
        return types.isMissingNode()
                || types.values().stream().anyMatch(type -> type.asString("").equals("Ingress"));
    }

    private static boolean admitsSource(JsonNode rule, Source source) {
        JsonNode from = rule.path("from");
        if (from.isMissingNode() || from.isEmpty()) {
            return true;
        }
        return from.values().stream().anyMatch(peer -> admitsPeer(peer, source));
    }

    private static boolean admitsPeer(JsonNode peer, Source source) {
        JsonNode podSelector = peer.path("podSelector");
        JsonNode namespaceSelector = peer.path("namespaceSelector");
        if (podSelector.isMissingNode() && namespaceSelector.isMissingNode()) {
            return false; // an ipBlock: never one of the sources checked here
        }
        String namespace = switch (source) {
            case PodInTheNamespace ignored -> NAMESPACE;
            case AnyPodIn other -> other.namespace();
        };
        boolean namespaceMatches = namespaceSelector.isMissingNode()
                ? namespace.equals(NAMESPACE)
                : selects(namespaceSelector, Map.of("kubernetes.io/metadata.name", namespace));
        boolean podMatches = podSelector.isMissingNode() || switch (source) {
            case PodInTheNamespace pod -> selects(podSelector, pod.labels());
            case AnyPodIn ignored -> podSelector.isEmpty();
        };
        return namespaceMatches && podMatches;
    }

    private static boolean admitsPort(JsonNode rule, JsonNode targetContainer, String portName) {
        JsonNode ports = rule.path("ports");
        if (ports.isMissingNode() || ports.isEmpty()) {
            return true;
        }
        Integer number = KubernetesBase.portNumber(targetContainer, JsonNodeFactory.instance.stringNode(portName))
                .orElse(null);
        return ports.values().stream().map(port -> port.path("port")).anyMatch(port -> port.isNumber()
                ? number != null && port.asInt() == number
                : port.asString("").equals(portName));
    }

    /** Label selector semantics: every matchLabels entry and every matchExpression must hold; empty selects all. */
    static boolean selects(JsonNode selector, Map<String, String> labels) {
        boolean labelsMatch = selector.path("matchLabels").properties().stream()
                .allMatch(entry -> entry.getValue().asString("").equals(labels.get(entry.getKey())));
        boolean expressionsMatch = selector.path("matchExpressions").values().stream().allMatch(expression -> {
            String value = labels.get(expression.path("key").asString(""));
            List<String> values = expression.path("values").values().stream().map(node -> node.asString("")).toList();
            return switch (expression.path("operator").asString("")) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new IllegalArgumentException("operator " + expression.path("operator"));
            };
        });
        return labelsMatch && expressionsMatch;
    }
}
