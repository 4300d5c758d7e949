package com.evently.ticketing.deploy.manifests;

import static com.evently.ticketing.deploy.manifests.KubernetesBase.container;
import static com.evently.ticketing.deploy.manifests.KubernetesBase.podLabels;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.evently.ticketing.deploy.manifests.KafkaClients.KafkaClient;
import com.evently.ticketing.deploy.manifests.KubernetesBase.Manifest;
import com.evently.ticketing.deploy.manifests.NetworkPolicies.Address;
import com.evently.ticketing.deploy.manifests.NetworkPolicies.PodAt;

import tools.jackson.databind.JsonNode;

/** The production overlay's egress: each pod reaches what its code talks to and nothing else. */
class EgressNetworkPolicyTest {

    private static final String NAMESPACE = NetworkPolicies.NAMESPACE;
    private static final PodAt DNS = new PodAt("kube-system", Map.of("k8s-app", "kube-dns"), Map.of());
    private static final PodAt BROKER = new PodAt(NAMESPACE,
            Map.of("strimzi.io/cluster", "ticketing", "strimzi.io/kind", "Kafka", "strimzi.io/broker-role", "true"), Map.of());
    private static final PodAt PGBOUNCER = new PodAt(NAMESPACE,
            Map.of("cnpg.io/poolerName", "ticketing-db-pooler-rw", "cnpg.io/cluster", "ticketing-db"), Map.of());
    private static final PodAt POSTGRES_PRIMARY = new PodAt(NAMESPACE,
            Map.of("cnpg.io/cluster", "ticketing-db", "cnpg.io/podRole", "instance", "cnpg.io/instanceRole", "primary"), Map.of());
    private static final PodAt ELSEWHERE = new PodAt("other-team", Map.of("app", "database"), Map.of());
    /** Inside the placeholder CIDRs of egress/network-policies.yaml. */
    private static final Address SMTP_RELAY = new Address("203.0.113.25");
    private static final Address REDIS = new Address("10.30.1.7");
    private static final Address INTERNET = new Address("198.51.100.9");

    private final List<Manifest> rendered = Kustomize.render("overlays/prod");
    private final NetworkPolicies policies = new NetworkPolicies(rendered.stream()
            .filter(manifest -> manifest.kind().equals("NetworkPolicy")).map(Manifest::body).toList());
    private final Map<String, Manifest> deployments = rendered.stream().filter(manifest -> manifest.kind().equals("Deployment"))
            .collect(Collectors.toMap(Manifest::name, manifest -> manifest));
    private final Set<String> kafkaClients = KafkaClients.of(RepositoryFiles.root()).clients().stream()
            .map(KafkaClient::service).collect(Collectors.toSet());

    @Test
    void everyPodResolvesNamesAndReachesNothingOutsideTheSuiteUnlessAllowed() {
        for (String module : deployments.keySet()) {
            Map<String, String> labels = labels(module);
            assertThat(policies.allowEgress(labels, DNS, 53, "UDP")).as(module + " → DNS").isTrue();
            assertThat(policies.allowEgress(labels, INTERNET, 443, "TCP")).as(module + " → internet").isFalse();
            assertThat(policies.allowEgress(labels, ELSEWHERE, 5432, "TCP")).as(module + " → another namespace").isFalse();
            assertThat(policies.allowEgress(labels, pod("identity-service"), port("identity-service"), "TCP"))
                    .as(module + " → identity (JWKS)").isTrue();
        }
    }

    @Test
    void theGatewayReachesEveryServiceAndRedisAndNoDatabaseOrBroker() {
        Map<String, String> gateway = labels("gateway");
        deployments.keySet().stream().filter(module -> !module.equals("gateway")).forEach(service ->
                assertThat(policies.allowEgress(gateway, pod(service), port(service), "TCP")).as("gateway → " + service).isTrue());
        assertThat(policies.allowEgress(gateway, REDIS, 6379, "TCP")).isTrue();
        assertThat(policies.allowEgress(gateway, PGBOUNCER, 5432, "TCP")).isFalse();
        assertThat(policies.allowEgress(gateway, BROKER, 9093, "TCP")).isFalse();
    }

    @Test
    void servicesReachKafkaIfTheirCodeUsesItAndPostgresThroughThePoolerOnly() {
        for (String module : deployments.keySet()) {
            Map<String, String> labels = labels(module);
            assertThat(policies.allowEgress(labels, BROKER, 9093, "TCP")).as(module + " → Kafka")
                    .isEqualTo(kafkaClients.contains(module));
            assertThat(policies.allowEgress(labels, BROKER, 9092, "TCP")).as(module + " → Kafka without TLS").isFalse();
            boolean database = KubernetesBase.env(container(deployments.get(module))).containsKey("TICKETING_DB_URL");
            assertThat(policies.allowEgress(labels, PGBOUNCER, 5432, "TCP")).as(module + " → PgBouncer").isEqualTo(database);
            assertThat(policies.allowEgress(labels, POSTGRES_PRIMARY, 5432, "TCP")).as(module + " → primary").isFalse();
        }
        assertThat(kafkaClients).isNotEmpty();
    }

    /** The schema migration Jobs talk to the primary (and DNS) and to nothing else. */
    @Test
    void migrationJobsReachThePrimaryOnly() {
        List<Manifest> jobs = rendered.stream().filter(manifest -> manifest.kind().equals("Job")).toList();
        assertThat(jobs).hasSize(6);
        for (Manifest job : jobs) {
            Map<String, String> labels = podLabels(job);
            assertThat(policies.allowEgress(labels, POSTGRES_PRIMARY, 5432, "TCP")).as(job + " → primary").isTrue();
            assertThat(policies.allowEgress(labels, DNS, 53, "UDP")).as(job + " → DNS").isTrue();
            assertThat(policies.allowEgress(labels, PGBOUNCER, 5432, "TCP")).as(job + " → PgBouncer").isFalse();
            assertThat(policies.allowEgress(labels, BROKER, 9093, "TCP")).as(job + " → Kafka").isFalse();
            assertThat(policies.allowEgress(labels, INTERNET, 443, "TCP")).as(job + " → internet").isFalse();
            assertThat(policies.allowEgress(labels, ELSEWHERE, 5432, "TCP")).as(job + " → another namespace").isFalse();
        }
    }

    @Test
    void onlyNotificationSendsMailAndFetchesTicketPdfsOnlyTheGatewayTalksToRedis() {
        for (String module : deployments.keySet()) {
            Map<String, String> labels = labels(module);
            assertThat(policies.allowEgress(labels, SMTP_RELAY, 587, "TCP")).as(module + " → SMTP")
                    .isEqualTo(module.equals("notification-service"));
            assertThat(policies.allowEgress(labels, REDIS, 6379, "TCP")).as(module + " → Redis").isEqualTo(module.equals("gateway"));
            if (!module.equals("gateway") && !module.equals("ticket-service")) {
                assertThat(policies.allowEgress(labels, pod("ticket-service"), port("ticket-service"), "TCP"))
                        .as(module + " → ticket-service").isEqualTo(module.equals("notification-service"));
            }
        }
    }

    private Map<String, String> labels(String module) {
        return podLabels(deployments.get(module));
    }

    private PodAt pod(String module) {
        Map<String, Integer> named = new HashMap<>();
        for (JsonNode port : container(deployments.get(module)).path("ports").values()) {
            named.put(port.path("name").asString(""), port.path("containerPort").asInt());
        }
        return new PodAt(NAMESPACE, labels(module), named);
    }

    private int port(String module) {
        return pod(module).namedPorts().get("http");
    }
}
