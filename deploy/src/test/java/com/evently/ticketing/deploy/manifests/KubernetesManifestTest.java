package com.evently.ticketing.deploy.manifests;

import static com.evently.ticketing.deploy.manifests.KubernetesBase.container;
import static com.evently.ticketing.deploy.manifests.KubernetesBase.env;
import static com.evently.ticketing.deploy.manifests.KubernetesBase.podLabels;
import static com.evently.ticketing.deploy.manifests.KubernetesBase.podSpec;
import static com.evently.ticketing.deploy.manifests.KubernetesBase.portNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.evently.ticketing.deploy.manifests.KubernetesBase.Manifest;
import com.evently.ticketing.deploy.manifests.NetworkPolicies.AnyPodIn;
import com.evently.ticketing.deploy.manifests.NetworkPolicies.PodInTheNamespace;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

class KubernetesManifestTest {

    /** Module → the port it listens on (SERVER_PORT). */
    private static final Map<String, Integer> MODULES = Map.of(
            "gateway", 8080, "identity-service", 8081, "event-service", 8082, "booking-service", 8083,
            "ticket-service", 8084, "notification-service", 8085, "analytics-service", 8086);
    private static final Set<String> AUTOSCALED = Set.of("gateway", "booking-service", "ticket-service");
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|TOKEN|SECRET).*");
    private static final String SECRET = "ticketing-secrets";
    private static final Path SECRET_EXAMPLE = KubernetesBase.DIRECTORY.resolve("secret.example.yaml");

    private final KubernetesBase base = KubernetesBase.read();

    @Test
    void kustomizationListsEveryManifestOfTheDirectoryButTheSecretExample() {
        List<String> listed = base.kustomization().path("resources").values().stream().map(JsonNode::asString).toList();
        List<String> inDirectory = RepositoryFiles.filesEndingWith(KubernetesBase.DIRECTORY, ".yaml", ".yml").stream()
                .map(file -> file.getFileName().toString())
                .filter(name -> !name.equals("kustomization.yaml") && !name.endsWith(".example.yaml"))
                .toList();
        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(inDirectory);
        assertThat(base.kustomization().path("namespace").asString("")).isEqualTo("ticketing");
        assertThat(base.find("Namespace", "ticketing")).isPresent();
    }

    @Test
    void everyModuleHasADeploymentAServiceAndADisruptionBudget() {
        for (String kind : List.of("Deployment", "Service", "PodDisruptionBudget")) {
            assertThat(base.ofKind(kind)).as(kind).extracting(Manifest::name)
                    .containsExactlyInAnyOrderElementsOf(MODULES.keySet());
        }
        base.ofKind("PodDisruptionBudget").forEach(budget -> {
            // minAvailable 1 would let a node drain take 9 of an autoscaled service's 10 pods at once
            assertThat(budget.body().path("spec").path("maxUnavailable").asInt(0)).as(budget.toString()).isEqualTo(1);
            assertThat(budget.body().path("spec").has("minAvailable")).as(budget.toString()).isFalse();
            assertThat(NetworkPolicies.selects(budget.body().path("spec").path("selector"), podLabels(deployment(budget.name()))))
                    .as(budget + " selects its pods").isTrue();
        });
    }

    @Test
    void deploymentsKeepTwoReplicasAndRollWithoutTakingOneAway() {
        for (Manifest deployment : base.ofKind("Deployment")) {
            JsonNode spec = deployment.body().path("spec");
            assertThat(spec.path("strategy").path("type").asString("")).as(deployment.toString()).isEqualTo("RollingUpdate");
            assertThat(spec.path("strategy").path("rollingUpdate").path("maxUnavailable").asInt(-1)).as(deployment.toString())
                    .isZero();
            if (AUTOSCALED.contains(deployment.name())) {
                assertThat(spec.path("replicas").isMissingNode()).as(deployment + ": the autoscaler owns the count").isTrue();
            } else {
                assertThat(spec.path("replicas").asInt(0)).as(deployment.toString()).isEqualTo(2);
            }
        }
    }

    @Test
    void gatewayBookingAndTicketScaleOnCpuFromTwoToTen() {
        assertThat(base.ofKind("HorizontalPodAutoscaler")).extracting(Manifest::name)
                .containsExactlyInAnyOrderElementsOf(AUTOSCALED);
        for (Manifest autoscaler : base.ofKind("HorizontalPodAutoscaler")) {
            JsonNode spec = autoscaler.body().path("spec");
            assertThat(spec.path("scaleTargetRef").path("kind").asString("")).isEqualTo("Deployment");
            assertThat(spec.path("scaleTargetRef").path("name").asString("")).isEqualTo(autoscaler.name());
            assertThat(spec.path("minReplicas").asInt()).as(autoscaler.toString()).isEqualTo(2);
            assertThat(spec.path("maxReplicas").asInt()).as(autoscaler.toString()).isEqualTo(10);
            JsonNode cpu = spec.path("metrics").get(0).path("resource");
            assertThat(cpu.path("name").asString("")).isEqualTo("cpu");
            assertThat(cpu.path("target").path("averageUtilization").asInt()).as(autoscaler.toString()).isEqualTo(70);
        }
    }

    @Test
    void probesAskTheActuatorOnThePortItListensOn() {
        for (Manifest deployment : base.ofKind("Deployment")) {
            JsonNode container = container(deployment);
            Map<String, JsonNode> env = env(container);
            int serverPort = MODULES.get(deployment.name());
            assertThat(env.get("SERVER_PORT").path("value").asString("")).as(deployment.toString())
                    .isEqualTo(String.valueOf(serverPort));
            assertThat(portNumber(container, textNode("http"))).as(deployment + " port http").contains(serverPort);
            int actuatorPort = env.containsKey("MANAGEMENT_SERVER_PORT")
                    ? Integer.parseInt(env.get("MANAGEMENT_SERVER_PORT").path("value").asString())
                    : serverPort;

            assertProbe(deployment, container, "livenessProbe", "/actuator/health/liveness", actuatorPort);
            assertProbe(deployment, container, "readinessProbe", "/actuator/health/readiness", actuatorPort);
            assertProbe(deployment, container, "startupProbe", "/actuator/health/liveness", actuatorPort);
            JsonNode startup = container.path("startupProbe");
            assertThat(startup.path("periodSeconds").asInt(10) * startup.path("failureThreshold").asInt(3))
                    .as(deployment + ": seconds the startup probe waits").isGreaterThanOrEqualTo(120);

            Map<String, String> annotations = KubernetesBase.stringMap(
                    deployment.body().path("spec").path("template").path("metadata").path("annotations"));
            assertThat(annotations).as(deployment + " scrape annotations").containsEntry("prometheus.io/scrape", "true")
                    .containsEntry("prometheus.io/path", "/actuator/prometheus")
                    .containsEntry("prometheus.io/port", String.valueOf(actuatorPort));
        }
    }

    /**
     * A CPU limit of one core throttled the JVM's JIT and GC threads (at start, under a rush): the pods ask for CPU
     * but are not capped, and the JVM is told how many processors to size its pools for. Memory is requested as
     * much as the limit, from which the heap is sized.
     */
    @Test
    void everyContainerRequestsCpuWithoutALimitAndAHeapThatFollowsTheMemoryLimit() {
        for (Manifest deployment : base.ofKind("Deployment")) {
            JsonNode resources = container(deployment).path("resources");
            assertThat(resources.path("requests").path("cpu").asString("")).as(deployment.toString()).isEqualTo("500m");
            assertThat(resources.path("limits").has("cpu")).as(deployment + ": CPU limit").isFalse();
            assertThat(resources.path("requests").path("memory").asString("")).as(deployment.toString()).isEqualTo("768Mi");
            assertThat(resources.path("limits").path("memory").asString("")).as(deployment.toString()).isEqualTo("768Mi");
            assertThat(environment(deployment)).as(deployment.toString()).hasEntrySatisfying("JAVA_TOOL_OPTIONS",
                    options -> assertThat(options).contains("-XX:MaxRAMPercentage=").contains("-XX:ActiveProcessorCount=2"));
            assertThat(JvmMemory.of(environment(deployment).get("JAVA_TOOL_OPTIONS"), 768).fitsWithRoomFor(150))
                    .as(deployment + ": heap + direct memory + 150Mi for metaspace, code and stacks within 768Mi").isTrue();
        }
    }

    /** Netty (the gateway) takes direct memory as large as the heap unless told otherwise. */
    @Test
    void theGatewayCapsItsDirectMemory() {
        assertThat(environment(deployment("gateway")).get("JAVA_TOOL_OPTIONS")).contains("-XX:MaxDirectMemorySize=");
    }

    @Test
    void containersRunAsNonRootOnAReadOnlyRootFilesystemWithAWritableTmp() {
        for (Manifest deployment : base.ofKind("Deployment")) {
            JsonNode security = container(deployment).path("securityContext");
            assertThat(security.path("runAsNonRoot").asBoolean(false)).as(deployment.toString()).isTrue();
            assertThat(security.path("readOnlyRootFilesystem").asBoolean(false)).as(deployment.toString()).isTrue();
            assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).as(deployment.toString()).isFalse();
            assertThat(security.path("capabilities").path("drop").values()).as(deployment.toString())
                    .extracting(JsonNode::asString).contains("ALL");
            assertThat(podSpec(deployment).path("securityContext").path("runAsNonRoot").asBoolean(false)).isTrue();

            String tmpVolume = container(deployment).path("volumeMounts").values().stream()
                    .filter(mount -> mount.path("mountPath").asString("").equals("/tmp"))
                    .map(mount -> mount.path("name").asString("")).findFirst()
                    .orElseThrow(() -> new AssertionError(deployment + " mounts nothing on /tmp"));
            assertThat(podSpec(deployment).path("volumes").values())
                    .anySatisfy(volume -> {
                        assertThat(volume.path("name").asString("")).isEqualTo(tmpVolume);
                        assertThat(volume.has("emptyDir")).isTrue();
                    });
        }
    }

    @Test
    void secretValuesComeOnlyFromTheUncommittedSecret() {
        assertThat(base.ofKind("Secret")).as("Secrets in the base").isEmpty();
        Set<String> exampleKeys = RepositoryFiles.yaml(SECRET_EXAMPLE).path("stringData").propertyNames().stream()
                .collect(Collectors.toSet());
        for (Manifest deployment : workloads()) {
            for (JsonNode variable : container(deployment).path("env").values()) {
                String name = variable.path("name").asString("");
                JsonNode secretRef = variable.path("valueFrom").path("secretKeyRef");
                if (SECRET_NAME.matcher(name).matches()) {
                    assertThat(variable.has("value")).as(deployment + " " + name + " has a literal value").isFalse();
                    assertThat(secretRef.isMissingNode()).as(deployment + " " + name + " comes from a Secret").isFalse();
                }
                if (!secretRef.isMissingNode()) {
                    assertThat(secretRef.path("name").asString("")).as(deployment + " " + name).isEqualTo(SECRET);
                    assertThat(exampleKeys).as("keys of secret.example.yaml").contains(secretRef.path("key").asString(""));
                }
            }
        }
        for (Manifest configMap : base.ofKind("ConfigMap")) {
            assertThat(configMap.body().path("data").propertyNames()).as(configMap.toString())
                    .noneMatch(key -> SECRET_NAME.matcher(key).matches());
        }
    }

    @Test
    void eachServiceConnectsToPostgresAsItsOwnRole() {
        Map<String, String> userKeyByDeployment = new HashMap<>();
        for (Manifest deployment : databaseClients()) {
            Map<String, JsonNode> env = env(container(deployment));
            String userKey = env.get("TICKETING_DB_USER").path("valueFrom").path("secretKeyRef").path("key").asString("");
            String passwordKey = env.get("TICKETING_DB_PASSWORD").path("valueFrom").path("secretKeyRef").path("key").asString("");
            assertThat(userKey).as(deployment + " user").endsWith("_DB_USER");
            assertThat(passwordKey).as(deployment + " password").isEqualTo(userKey.replace("_DB_USER", "_DB_PASSWORD"));
            userKeyByDeployment.put(deployment.name(), userKey);
        }
        assertThat(userKeyByDeployment).hasSize(6);
        assertThat(Set.copyOf(userKeyByDeployment.values())).as("one role per service").hasSize(6);
    }

    /**
     * The services run with Liquibase off, as a role that reads and writes; each one with a schema has a Job that
     * migrates it beforehand with the service's own image, in migrate-only mode, as the role that owns the schema.
     */
    @Test
    void eachServiceWithASchemaIsMigratedByAJobOfItsOwnImageAsTheSchemaOwner() {
        List<Manifest> jobs = base.ofKind("Job");
        assertThat(jobs).extracting(Manifest::name).containsExactlyInAnyOrderElementsOf(
                databaseClients().stream().map(deployment -> deployment.name() + "-migration").toList());
        Set<String> exampleKeys = RepositoryFiles.yaml(SECRET_EXAMPLE).path("stringData").propertyNames().stream()
                .collect(Collectors.toSet());
        for (Manifest deployment : databaseClients()) {
            assertThat(environment(deployment)).as(deployment + ": Liquibase").containsEntry("SPRING_LIQUIBASE_ENABLED", "false");
            Manifest job = base.find("Job", deployment.name() + "-migration").orElseThrow();
            JsonNode migrate = container(job);
            assertThat(migrate.path("image").asString("")).as(job.toString()).isEqualTo(container(deployment).path("image").asString());
            List<String> command = migrate.path("command").values().stream().map(JsonNode::asString).toList();
            assertThat(command).as(job + " command").startsWith("java", "-cp", "@/app/jib-classpath-file")
                    .last().isEqualTo("com.evently.ticketing.platform.persistence.SchemaMigration");
            assertThat(RepositoryFiles.root().resolve("shared-platform/platform-core/src/main/java")
                    .resolve(command.getLast().replace('.', '/') + ".java")).as("the migration's main class").exists();

            Map<String, JsonNode> env = env(migrate);
            String runtimeUser = env(container(deployment)).get("TICKETING_DB_USER").path("valueFrom").path("secretKeyRef")
                    .path("key").asString("");
            String ownerUser = env.get("TICKETING_DB_USER").path("valueFrom").path("secretKeyRef").path("key").asString("");
            assertThat(ownerUser).as(job + " user").isEqualTo(runtimeUser.replace("_DB_USER", "_DB_OWNER_USER"));
            assertThat(env.get("TICKETING_DB_PASSWORD").path("valueFrom").path("secretKeyRef").path("key").asString(""))
                    .as(job + " password").isEqualTo(runtimeUser.replace("_DB_USER", "_DB_OWNER_PASSWORD"));
            assertThat(exampleKeys).as("keys of secret.example.yaml").contains(ownerUser);
            assertThat(env.get("TICKETING_DB_URL").path("valueFrom").path("secretKeyRef").path("key").asString(""))
                    .isEqualTo("TICKETING_DB_URL");
            assertThat(env).as(job + ": Liquibase on").doesNotContainKey("SPRING_LIQUIBASE_ENABLED");
            // run before anything else exists (Argo CD's PreSync): no ConfigMap
            assertThat(migrate.has("envFrom")).as(job + " envFrom").isFalse();
        }
    }

    /** A migration that fails is retried, never restarted in place; its pods are as locked down as the services'. */
    @Test
    void migrationJobsRetryAsLockedDownPodsThatNoServiceSelects() {
        for (Manifest job : base.ofKind("Job")) {
            JsonNode pod = podSpec(job);
            assertThat(pod.path("restartPolicy").asString("")).as(job.toString()).isEqualTo("Never");
            assertThat(job.body().path("spec").path("backoffLimit").asInt(0)).as(job + " retries").isGreaterThanOrEqualTo(3);
            assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).as(job.toString()).isFalse();
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean(false)).as(job.toString()).isTrue();
            JsonNode security = container(job).path("securityContext");
            assertThat(security.path("readOnlyRootFilesystem").asBoolean(false)).as(job.toString()).isTrue();
            assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).as(job.toString()).isFalse();
            assertThat(security.path("capabilities").path("drop").values()).extracting(JsonNode::asString).contains("ALL");
            assertThat(container(job).path("volumeMounts").values()).extracting(mount -> mount.path("mountPath").asString(""))
                    .contains("/tmp");
            JsonNode resources = container(job).path("resources");
            int limit = Integer.parseInt(resources.path("limits").path("memory").asString("0Mi").replace("Mi", ""));
            assertThat(resources.path("limits").has("cpu")).as(job + ": CPU limit").isFalse();
            assertThat(JvmMemory.of(env(container(job)).get("JAVA_TOOL_OPTIONS").path("value").asString(""), limit)
                    .fitsWithRoomFor(150)).as(job + ": heap + 150Mi within the limit").isTrue();
            Map<String, String> labels = podLabels(job);
            assertThat(labels).containsEntry("app.kubernetes.io/component", "schema-migration")
                    .containsEntry("app.kubernetes.io/part-of", "ticketing");
            for (Manifest selector : base.ofKind("Service")) {
                assertThat(NetworkPolicies.selects(selectorOf(selector.body().path("spec")), labels))
                        .as(selector + " selects " + job).isFalse();
            }
            for (Manifest budget : base.ofKind("PodDisruptionBudget")) {
                assertThat(NetworkPolicies.selects(budget.body().path("spec").path("selector"), labels))
                        .as(budget + " selects " + job).isFalse();
            }
        }
    }

    /**
     * Every replica the autoscalers may start, plus the one a rollout adds, holds a full pool: together they must
     * fit in what PostgreSQL gives the suite, or a sale's peak ends in refused connections.
     */
    @Test
    void connectionPoolsAtMostReplicasFitInPostgresConnectionBudget() {
        int budget = Integer.parseInt(base.find("ConfigMap", "ticketing-config").orElseThrow().body()
                .path("metadata").path("annotations").path("ticketing.evently.dev/postgres-connection-budget").asString("0"));
        int worstCase = 0;
        for (Manifest deployment : databaseClients()) {
            JsonNode poolSize = env(container(deployment)).get("TICKETING_DB_POOL_SIZE");
            assertThat(poolSize).as(deployment + " sets its pool size").isNotNull();
            int replicas = base.find("HorizontalPodAutoscaler", deployment.name())
                    .map(autoscaler -> autoscaler.body().path("spec").path("maxReplicas").asInt())
                    .orElseGet(() -> deployment.body().path("spec").path("replicas").asInt());
            int surge = deployment.body().path("spec").path("strategy").path("rollingUpdate").path("maxSurge").asInt(1);
            worstCase += (replicas + surge) * Integer.parseInt(poolSize.path("value").asString("0"));
        }
        assertThat(budget).isPositive();
        assertThat(worstCase).as("connections at most replicas").isLessThanOrEqualTo(budget);
    }

    /** What runs pods: the Deployments and the migration Jobs. */
    private List<Manifest> workloads() {
        return base.all().stream().filter(manifest -> manifest.kind().equals("Deployment") || manifest.kind().equals("Job"))
                .toList();
    }

    private List<Manifest> databaseClients() {
        return base.ofKind("Deployment").stream()
                .filter(deployment -> env(container(deployment)).containsKey("TICKETING_DB_URL"))
                .toList();
    }

    @Test
    void theSecretExampleHoldsPlaceholdersOnly() {
        JsonNode example = RepositoryFiles.yaml(SECRET_EXAMPLE);
        assertThat(example.path("metadata").path("name").asString("")).isEqualTo(SECRET);
        assertThat(example.path("stringData").properties()).isNotEmpty().allSatisfy(entry ->
                assertThat(entry.getValue().asString("")).as(entry.getKey()).matches(".*<[a-z-]+>.*"));
        assertThat(example.path("data").isMissingNode()).as("base64 data in the example").isTrue();
    }

    @Test
    void everyDeploymentHasAClusterIpServiceSelectingExactlyItsPods() {
        for (Manifest service : base.ofKind("Service")) {
            JsonNode spec = service.body().path("spec");
            assertThat(spec.path("type").asString("ClusterIP")).as(service.toString()).isEqualTo("ClusterIP");
            List<String> selected = base.ofKind("Deployment").stream()
                    .filter(deployment -> NetworkPolicies.selects(selectorOf(spec), podLabels(deployment)))
                    .map(Manifest::name).toList();
            assertThat(selected).as(service + " selects").containsExactly(service.name());
            JsonNode container = container(deployment(service.name()));
            assertThat(spec.path("ports").values()).as(service.toString()).singleElement().satisfies(port -> {
                assertThat(port.path("port").asInt()).isEqualTo(MODULES.get(service.name()));
                assertThat(portNumber(container, port.path("targetPort"))).contains(MODULES.get(service.name()));
            });
        }
    }

    @Test
    void onlyTheGatewayIsReachableFromOutsideTheCluster() {
        assertThat(base.ofKind("Ingress")).singleElement().satisfies(ingress -> {
            JsonNode spec = ingress.body().path("spec");
            assertThat(spec.path("tls").get(0).path("secretName").asString("")).isNotBlank();
            assertThat(spec.path("tls").get(0).path("hosts").get(0).asString("")).isEqualTo("tickets.example.com");
            List<JsonNode> backends = new ArrayList<>();
            spec.path("rules").values().forEach(rule -> {
                assertThat(rule.path("host").asString("")).isEqualTo("tickets.example.com");
                rule.path("http").path("paths").values().forEach(path -> backends.add(path.path("backend").path("service")));
            });
            assertThat(backends).isNotEmpty().allSatisfy(backend -> {
                assertThat(backend.path("name").asString("")).isEqualTo("gateway");
                assertThat(backend.path("port").path("name").asString("")).isEqualTo("http");
            });
        });
        assertThat(base.find("Service", "gateway").orElseThrow().body().path("spec").path("ports").values())
                .as("the gateway's actuator port is not behind its Service")
                .extracting(port -> port.path("targetPort").asString("")).containsExactly("http");
    }

    @Test
    void servicesAcceptConnectionsFromTheGatewayOnlyBesidesJwksInternalCallsAndMetrics() {
        NetworkPolicies policies = new NetworkPolicies(base.ofKind("NetworkPolicy").stream().map(Manifest::body).toList());
        PodInTheNamespace gateway = new PodInTheNamespace(podLabels(deployment("gateway")));
        AnyPodIn ingressController = new AnyPodIn("ingress-nginx");
        AnyPodIn prometheus = new AnyPodIn("monitoring");
        AnyPodIn elsewhere = new AnyPodIn("default");

        for (Manifest deployment : base.ofKind("Deployment")) {
            String target = deployment.name();
            Map<String, String> labels = podLabels(deployment);
            JsonNode container = container(deployment);
            String metricsPort = target.equals("gateway") ? "management" : "http";

            assertThat(policies.allow(elsewhere, labels, container, "http")).as("another namespace → " + target).isFalse();
            assertThat(policies.allow(prometheus, labels, container, metricsPort)).as("Prometheus → " + target).isTrue();
            assertThat(policies.allow(ingressController, labels, container, "http")).as("ingress controller → " + target)
                    .isEqualTo(target.equals("gateway"));
            if (!target.equals("gateway")) {
                assertThat(policies.allow(gateway, labels, container, "http")).as("gateway → " + target).isTrue();
            }
            for (Manifest caller : base.ofKind("Deployment")) {
                if (caller.name().equals("gateway") || caller.name().equals(target)) {
                    continue;
                }
                boolean expected = target.equals("identity-service")
                        || caller.name().equals("notification-service") && target.equals("ticket-service")
                        || caller.name().equals("event-service") && target.equals("booking-service");
                assertThat(policies.allow(new PodInTheNamespace(podLabels(caller)), labels, container, "http"))
                        .as(caller.name() + " → " + target).isEqualTo(expected);
            }
        }
    }

    private void assertProbe(Manifest deployment, JsonNode container, String probe, String path, int port) {
        JsonNode httpGet = container.path(probe).path("httpGet");
        assertThat(httpGet.path("path").asString("")).as(deployment + " " + probe).isEqualTo(path);
        assertThat(portNumber(container, httpGet.path("port"))).as(deployment + " " + probe + " port").contains(port);
    }

    /** The container's environment as the service sees it: the ConfigMap's entries, overridden by its own values. */
    private Map<String, String> environment(Manifest deployment) {
        Map<String, String> environment = new HashMap<>();
        for (JsonNode source : container(deployment).path("envFrom").values()) {
            String configMap = source.path("configMapRef").path("name").asString("");
            base.find("ConfigMap", configMap).ifPresent(found ->
                    environment.putAll(KubernetesBase.stringMap(found.body().path("data"))));
        }
        env(container(deployment)).forEach((name, variable) -> {
            if (variable.has("value")) {
                environment.put(name, variable.path("value").asString(""));
            }
        });
        return environment;
    }

    private Manifest deployment(String name) {
        return base.find("Deployment", name).orElseThrow(() -> new AssertionError("no Deployment " + name));
    }

    /** A Service selector is a plain label map; seen as matchLabels it is a label selector like the others. */
    private static JsonNode selectorOf(JsonNode serviceSpec) {
        return JsonNodeFactory.instance.objectNode().set("matchLabels", serviceSpec.path("selector"));
    }

    private static JsonNode textNode(String text) {
        return JsonNodeFactory.instance.stringNode(text);
    }
}
