package com.evently.ticketing.deploy.manifests;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Whether NetworkPolicies let a connection through, by the rules of the Kubernetes API: a pod some policy selects
 * for Ingress accepts only what one of those policies allows, a pod some policy selects for Egress opens only what
 * one of those allows; any other pod is unrestricted in that direction. Understood: pod and namespace selectors,
 * IPv4 ipBlocks and ports by number or name (no port ranges).
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

    /** Where a connection goes to. */
    sealed interface Destination {
    }

    /** A pod with these labels and named container ports. */
    record PodAt(String namespace, Map<String, String> labels, Map<String, Integer> namedPorts) implements Destination {
    }

    /** An address outside the cluster's pods. */
    record Address(String ipv4) implements Destination {
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

    boolean allowEgress(Map<String, String> sourceLabels, Destination destination, int port, String protocol) {
        List<JsonNode> selecting = policies.stream()
                .filter(policy -> selects(policy.path("spec").path("podSelector"), sourceLabels))
                .filter(policy -> policy.path("spec").path("policyTypes").values().stream()
                        .anyMatch(type -> type.asString("").equals("Egress")))
                .toList();
        if (selecting.isEmpty()) {
            return true;
        }
        return selecting.stream().flatMap(policy -> policy.path("spec").path("egress").values().stream())
                .anyMatch(rule -> admitsDestination(rule, destination) && admitsEgressPort(rule, destination, port, protocol));
    }

    private static boolean admitsDestination(JsonNode rule, Destination destination) {
        JsonNode to = rule.path("to");
        if (to.isMissingNode() || to.isEmpty()) {
            return true;
        }
        return to.values().stream().anyMatch(peer -> switch (destination) {
            case PodAt pod -> !peer.has("ipBlock") && admitsPeer(peer, pod.namespace(), pod.labels());
            case Address address -> peer.has("ipBlock") && inBlock(peer.path("ipBlock"), address.ipv4());
        });
    }

    private static boolean admitsEgressPort(JsonNode rule, Destination destination, int port, String protocol) {
        JsonNode ports = rule.path("ports");
        if (ports.isMissingNode() || ports.isEmpty()) {
            return true;
        }
        return ports.values().stream().anyMatch(allowed -> {
            if (!allowed.path("protocol").asString("TCP").equals(protocol)) {
                return false;
            }
            JsonNode number = allowed.path("port");
            if (number.isMissingNode()) {
                return true;
            }
            if (number.isNumber()) {
                return number.asInt() == port;
            }
            return destination instanceof PodAt pod && Integer.valueOf(port).equals(pod.namedPorts().get(number.asString("")));
        });
    }

    private static boolean inBlock(JsonNode ipBlock, String ipv4) {
        return inCidr(ipBlock.path("cidr").asString(""), ipv4)
                && ipBlock.path("except").values().stream().noneMatch(except -> inCidr(except.asString(""), ipv4));
    }

    private static boolean inCidr(String cidr, String ipv4) {
        String[] parts = cidr.split("/");
        int bits = Integer.parseInt(parts[1]);
        long mask = bits == 0 ? 0 : 0xFFFFFFFFL << (32 - bits) & 0xFFFFFFFFL;
        return (toLong(parts[0]) & mask) == (toLong(ipv4) & mask);
    }

    private static long toLong(String ipv4) {
        long value = 0;
        for (String octet : ipv4.split("\\.")) {
            value = value << 8 | Integer.parseInt(octet);
        }
        return value;
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
        return switch (source) {
            case PodInTheNamespace pod -> admitsPeer(peer, NAMESPACE, pod.labels());
            // any pod of that namespace: only a peer without pod selector, or with an empty one, admits them all
            case AnyPodIn other -> (peer.path("podSelector").isMissingNode() || peer.path("podSelector").isEmpty())
                    && admitsPeer(peer, other.namespace(), Map.of());
        };
    }

    private static boolean admitsPeer(JsonNode peer, String namespace, Map<String, String> labels) {
        JsonNode podSelector = peer.path("podSelector");
        JsonNode namespaceSelector = peer.path("namespaceSelector");
        if (podSelector.isMissingNode() && namespaceSelector.isMissingNode()) {
            return false; // an ipBlock: never a pod
        }
        boolean namespaceMatches = namespaceSelector.isMissingNode()
                ? namespace.equals(NAMESPACE)
                : selects(namespaceSelector, Map.of("kubernetes.io/metadata.name", namespace));
        return namespaceMatches && (podSelector.isMissingNode() || selects(podSelector, labels));
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
