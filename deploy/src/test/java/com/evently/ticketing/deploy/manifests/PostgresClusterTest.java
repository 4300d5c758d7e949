package com.evently.ticketing.deploy.manifests;

import static com.evently.ticketing.deploy.manifests.KubernetesBase.container;
import static com.evently.ticketing.deploy.manifests.KubernetesBase.env;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.evently.ticketing.deploy.manifests.KubernetesBase.Manifest;

import tools.jackson.databind.JsonNode;

/**
 * The CloudNativePG resources (deploy/k8s/components/postgres) against the services: a role per service owning its
 * schema, the pool sizes within max_connections behind PgBouncer, and each service wired to its role.
 */
class PostgresClusterTest {

    private static final Path POSTGRES = RepositoryFiles.deploy("k8s/components/postgres");
    /** Kept beside the suite's budget for the operator, replication, backups, monitoring and an administrator. */
    private static final int KEPT_FOR_OPERATIONS = 20;

    private final List<JsonNode> clusterFile = RepositoryFiles.yamlDocuments(POSTGRES.resolve("cluster.yaml"));
    private final JsonNode cluster = ofKind(clusterFile, "Cluster");
    private final JsonNode pooler = ofKind(RepositoryFiles.yamlDocuments(POSTGRES.resolve("pooler.yaml")), "Pooler");
    private final KubernetesBase base = KubernetesBase.read();

    @Test
    void threeInstancesOnDifferentNodesBackedUpNightlyToObjectStorage() {
        assertThat(cluster.path("spec").path("instances").asInt()).isEqualTo(3);
        assertThat(cluster.path("spec").path("affinity").path("podAntiAffinityType").asString("")).isEqualTo("required");
        JsonNode backup = cluster.path("spec").path("backup");
        assertThat(backup.path("barmanObjectStore").path("destinationPath").asString("")).startsWith("s3://");
        assertThat(backup.path("retentionPolicy").asString("")).isNotBlank();
        JsonNode scheduled = ofKind(clusterFile, "ScheduledBackup");
        assertThat(scheduled.path("spec").path("cluster").path("name").asString(""))
                .isEqualTo(cluster.path("metadata").path("name").asString());
    }

    /**
     * Per service the owner of its schema (ticketing_<schema>, as ServiceDatabaseRoles gives each service locally),
     * which the migration Job runs as, and ticketing_<schema>_app, which the service runs as: it may read and write
     * what the owner creates in that schema and nothing else, and it creates nothing.
     */
    @Test
    void eachServiceHasASchemaOwnerAndARoleThatOnlyReadsAndWritesItsTables() {
        Map<String, String> schemaByService = schemaByService();
        assertThat(schemaByService).hasSize(6);
        List<String> sql = postInitSql();
        assertThat(sql).contains("REVOKE CREATE ON SCHEMA public FROM PUBLIC",
                "REVOKE CREATE, TEMPORARY ON DATABASE ticketing FROM PUBLIC");
        List<JsonNode> roles = cluster.path("spec").path("managed").path("roles").values().stream().toList();
        assertThat(roles).extracting(role -> role.path("name").asString(""))
                .containsExactlyInAnyOrderElementsOf(schemaByService.values().stream()
                        .flatMap(schema -> Stream.of("ticketing_" + schema, "ticketing_" + schema + "_app")).toList());
        List<String> expectedGrants = new ArrayList<>();
        schemaByService.values().forEach(schema -> {
            String owner = "ticketing_" + schema;
            String app = owner + "_app";
            assertThat(sql).contains("CREATE SCHEMA " + schema + " AUTHORIZATION " + owner,
                    "ALTER ROLE " + owner + " SET search_path = " + schema,
                    "CREATE ROLE " + app + " NOLOGIN",
                    "ALTER ROLE " + app + " SET search_path = " + schema);
            expectedGrants.addAll(List.of(
                    "GRANT USAGE ON SCHEMA " + schema + " TO " + app,
                    "ALTER DEFAULT PRIVILEGES FOR ROLE " + owner + " IN SCHEMA " + schema
                            + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + app,
                    "ALTER DEFAULT PRIVILEGES FOR ROLE " + owner + " IN SCHEMA " + schema
                            + " GRANT USAGE, SELECT ON SEQUENCES TO " + app));
            for (String role : List.of(owner, app)) {
                JsonNode managed = roles.stream().filter(candidate -> candidate.path("name").asString("").equals(role))
                        .findFirst().orElseThrow();
                assertThat(managed.path("login").asBoolean(false)).as(role).isTrue();
                assertThat(managed.path("superuser").asBoolean(true)).as(role).isFalse();
                assertThat(managed.path("createdb").asBoolean(true)).as(role).isFalse();
                assertThat(managed.path("createrole").asBoolean(true)).as(role).isFalse();
                assertThat(managed.path("passwordSecret").path("name").asString("")).as(role)
                        .isEqualTo("ticketing-db-" + schema + (role.equals(app) ? "-app" : ""));
            }
        });
        assertThat(sql).filteredOn(statement -> statement.startsWith("GRANT") && !statement.startsWith("GRANT CONNECT")
                        || statement.startsWith("ALTER DEFAULT PRIVILEGES"))
                .as("grants beyond CONNECT").containsExactlyInAnyOrderElementsOf(expectedGrants);
    }

    /**
     * Behind PgBouncer the services' pools are client connections; PostgreSQL sees at most max_db_connections per
     * PgBouncer instance, plus the migrations that go to the primary directly. Both must fit the suite's budget,
     * which must leave PostgreSQL room for everything else.
     */
    @Test
    void serverConnectionsAtMostReplicasFitInMaxConnections() {
        int maxConnections = cluster.path("spec").path("postgresql").path("parameters").path("max_connections").asInt();
        int budget = Integer.parseInt(base.find("ConfigMap", "ticketing-config").orElseThrow().body().path("metadata")
                .path("annotations").path("ticketing.evently.dev/postgres-connection-budget").asString("0"));
        JsonNode bouncer = pooler.path("spec").path("pgbouncer");
        assertThat(bouncer.path("poolMode").asString("")).isEqualTo("transaction");
        assertThat(pooler.path("spec").path("type").asString("")).isEqualTo("rw");
        int instances = pooler.path("spec").path("instances").asInt();
        int perInstance = bouncer.path("parameters").path("max_db_connections").asInt();
        int migrations = pooler.path("metadata").path("annotations").path("ticketing.evently.dev/migration-connections").asInt();
        int migrationPools = Kustomize.render("overlays/prod").stream().filter(manifest -> manifest.kind().equals("Job"))
                .mapToInt(job -> Integer.parseInt(env(container(job)).get("TICKETING_DB_POOL_SIZE").path("value").asString()))
                .sum();
        assertThat(migrationPools).as("the migration Jobs' pools, all at once").isPositive().isLessThanOrEqualTo(migrations);
        assertThat(instances).isGreaterThanOrEqualTo(2);
        assertThat(instances * perInstance + migrations).as("server connections at most").isLessThanOrEqualTo(budget);
        assertThat(budget + KEPT_FOR_OPERATIONS).as("budget + operations vs max_connections").isLessThanOrEqualTo(maxConnections);

        int clients = 0;
        for (Manifest deployment : base.ofKind("Deployment")) {
            JsonNode poolSize = env(container(deployment)).get("TICKETING_DB_POOL_SIZE");
            if (poolSize != null) {
                clients += maxPods(deployment) * Integer.parseInt(poolSize.path("value").asString());
            }
        }
        // every client could land on one PgBouncer instance (the Service balances connections, not load)
        assertThat(clients).as("client connections at most").isLessThanOrEqualTo(bouncer.path("parameters").path("max_client_conn").asInt());
    }

    /**
     * The services query through PgBouncer as their _app role; the migration Jobs, whose Liquibase lock is a session
     * advisory lock, go to the primary as the schema's owner.
     */
    @Test
    void servicesConnectThroughThePoolerAsTheirAppRoleAndMigrationsToThePrimaryAsTheOwner() {
        Map<String, String> schemaByService = schemaByService();
        String poolerService = pooler.path("metadata").path("name").asString();
        String primaryService = cluster.path("metadata").path("name").asString() + "-rw";
        int deployments = 0;
        int jobs = 0;
        for (Manifest workload : Kustomize.render("overlays/prod")) {
            String service = workload.name().replaceFirst("-migration$", "");
            boolean job = workload.kind().equals("Job");
            if (!schemaByService.containsKey(service) || !job && !workload.kind().equals("Deployment")) {
                continue;
            }
            Map<String, JsonNode> env = env(container(workload));
            String secret = "ticketing-db-" + schemaByService.get(service);
            String url;
            if (!job) {
                deployments++;
                url = "jdbc:postgresql://" + poolerService + ":5432/ticketing";
                secret += "-app";
                assertThat(env).as(workload + ": Liquibase connects nowhere").doesNotContainKeys("SPRING_LIQUIBASE_URL",
                        "SPRING_LIQUIBASE_USER", "SPRING_LIQUIBASE_PASSWORD");
            } else {
                jobs++;
                url = "jdbc:postgresql://" + primaryService + ":5432/ticketing";
            }
            assertThat(env.get("TICKETING_DB_URL").path("value").asString("")).as(workload.toString()).startsWith(url);
            assertThat(env.get("TICKETING_DB_URL").has("valueFrom")).as(workload.toString()).isFalse();
            for (String variable : List.of("TICKETING_DB_USER", "TICKETING_DB_PASSWORD")) {
                assertThat(env.get(variable).path("valueFrom").path("secretKeyRef").path("name").asString(""))
                        .as(workload + " " + variable).isEqualTo(secret);
            }
        }
        assertThat(deployments).isEqualTo(6);
        assertThat(jobs).isEqualTo(6);
    }

    /** The base denies every connection it does not allow, to these pods too; CloudNativePG writes no policy. */
    @Test
    void theInstancesAndPgBouncerAcceptTheSuiteTheOperatorAndPrometheusOnly() {
        List<Manifest> rendered = Kustomize.render("overlays/prod");
        NetworkPolicies policies = new NetworkPolicies(rendered.stream()
                .filter(manifest -> manifest.kind().equals("NetworkPolicy")).map(Manifest::body).toList());
        Map<String, String> instance = Map.of("cnpg.io/cluster", "ticketing-db", "cnpg.io/podRole", "instance");
        Map<String, String> bouncer = Map.of("cnpg.io/poolerName", "ticketing-db-pooler-rw", "cnpg.io/podRole", "pooler");
        JsonNode instancePorts = ports(Map.of("postgresql", 5432, "status", 8000, "metrics", 9187));
        JsonNode bouncerPorts = ports(Map.of("pgbouncer", 5432, "metrics", 9127));
        var bookingService = new NetworkPolicies.PodInTheNamespace(Map.of("app.kubernetes.io/name", "booking-service",
                "app.kubernetes.io/part-of", "ticketing"));
        var anotherInstance = new NetworkPolicies.PodInTheNamespace(instance);
        var pgbouncer = new NetworkPolicies.PodInTheNamespace(bouncer);
        var operator = new NetworkPolicies.AnyPodIn("cnpg-system");
        var prometheus = new NetworkPolicies.AnyPodIn("monitoring");
        var elsewhere = new NetworkPolicies.AnyPodIn("default");

        assertThat(policies.allow(bookingService, bouncer, bouncerPorts, "pgbouncer")).as("service → PgBouncer").isTrue();
        var bookingMigration = new NetworkPolicies.PodInTheNamespace(Map.of("app.kubernetes.io/name",
                "booking-service-migration", "app.kubernetes.io/component", "schema-migration", "app.kubernetes.io/part-of",
                "ticketing"));
        assertThat(policies.allow(bookingMigration, instance, instancePorts, "postgresql")).as("migration → primary").isTrue();
        assertThat(policies.allow(bookingService, instance, instancePorts, "postgresql")).as("service → primary").isFalse();
        assertThat(policies.allow(pgbouncer, instance, instancePorts, "postgresql")).as("PgBouncer → primary").isTrue();
        assertThat(policies.allow(anotherInstance, instance, instancePorts, "postgresql")).as("replication").isTrue();
        assertThat(policies.allow(operator, instance, instancePorts, "status")).as("operator → status").isTrue();
        assertThat(policies.allow(prometheus, instance, instancePorts, "metrics")).isTrue();
        assertThat(policies.allow(prometheus, bouncer, bouncerPorts, "metrics")).isTrue();
        assertThat(policies.allow(elsewhere, instance, instancePorts, "postgresql")).as("another namespace").isFalse();
        assertThat(policies.allow(elsewhere, bouncer, bouncerPorts, "pgbouncer")).as("another namespace").isFalse();
        assertThat(policies.allow(prometheus, instance, instancePorts, "postgresql")).isFalse();
    }

    private List<String> postInitSql() {
        return cluster.path("spec").path("bootstrap").path("initdb").path("postInitApplicationSQL").values()
                .stream().map(JsonNode::asString).toList();
    }

    private static JsonNode ports(Map<String, Integer> named) {
        var container = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        var ports = container.putArray("ports");
        named.forEach((name, number) -> ports.addObject().put("name", name).put("containerPort", number));
        return container;
    }

    private int maxPods(Manifest deployment) {
        int replicas = base.find("HorizontalPodAutoscaler", deployment.name())
                .map(autoscaler -> autoscaler.body().path("spec").path("maxReplicas").asInt())
                .orElseGet(() -> deployment.body().path("spec").path("replicas").asInt());
        return replicas + deployment.body().path("spec").path("strategy").path("rollingUpdate").path("maxSurge").asInt(1);
    }

    /** Each service's {@code ticketing.db.schema}, from its application.yml. */
    private static Map<String, String> schemaByService() {
        Map<String, String> schemas = new TreeMap<>();
        for (String module : List.of("identity-service", "event-service", "booking-service", "ticket-service",
                "notification-service", "analytics-service", "gateway")) {
            for (String name : List.of("application.yml", "application.yaml")) {
                Path file = RepositoryFiles.root().resolve(module).resolve("src/main/resources").resolve(name);
                if (Files.exists(file)) {
                    String schema = RepositoryFiles.yamlDocuments(file).getFirst().path("ticketing").path("db")
                            .path("schema").asString("");
                    if (!schema.isBlank()) {
                        schemas.put(module, schema);
                    }
                }
            }
        }
        return schemas;
    }

    private static JsonNode ofKind(List<JsonNode> documents, String kind) {
        return documents.stream().filter(document -> document.path("kind").asString("").equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind));
    }
}
