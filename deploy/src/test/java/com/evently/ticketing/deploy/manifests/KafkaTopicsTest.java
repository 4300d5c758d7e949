package com.evently.ticketing.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.evently.ticketing.deploy.manifests.KafkaClients.KafkaClient;

import tools.jackson.databind.JsonNode;

/**
 * The Strimzi resources (deploy/k8s/components/kafka) against what the code does with Kafka: every topic of
 * shared-contracts has a KafkaTopic, and so has its dead-letter topic; each service's KafkaUser may do exactly what
 * its outbox, listeners, dead-letter handling and redrive need, nothing more.
 */
class KafkaTopicsTest {

    private static final java.nio.file.Path KAFKA = RepositoryFiles.deploy("k8s/components/kafka");
    private static final Pattern DURATION = Pattern.compile("(\\d+)([dhms])");

    private final KafkaClients code = KafkaClients.of(RepositoryFiles.root());
    private final List<JsonNode> topics = RepositoryFiles.yamlDocuments(KAFKA.resolve("topics.yaml"));
    private final List<JsonNode> users = RepositoryFiles.yamlDocuments(KAFKA.resolve("users.yaml"));
    private final KubernetesBase base = KubernetesBase.read();

    @Test
    void everyTopicOfTheContractsAndItsDeadLetterTopicIsDeclared() {
        Set<String> expected = new TreeSet<>(code.topics());
        code.topics().forEach(topic -> expected.add(code.deadLetterOf(topic)));
        assertThat(topics).extracting(topic -> topic.path("spec").path("topicName").asString(""))
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(code.topics()).as("topics in shared-contracts' Topics").hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void everyTopicIsReplicatedThreeTimesAndAcceptsWritesWithOneBrokerDown() {
        for (JsonNode topic : topics) {
            String name = topic.path("spec").path("topicName").asString("");
            assertThat(topic.path("metadata").path("labels").path("strimzi.io/cluster").asString("")).as(name).isEqualTo("ticketing");
            assertThat(topic.path("spec").path("replicas").asInt()).as(name).isEqualTo(3);
            assertThat(topic.path("spec").path("config").path("min.insync.replicas").asString("")).as(name).isEqualTo("2");
            assertThat(topic.path("spec").path("config").path("retention.ms").asString("")).as(name).isNotBlank();
        }
    }

    /**
     * A redriven record reaches consumers that may have processed it before: their inbox must still know its id,
     * so the inbox keeps ids longer than a record can live on a topic and then on its dead-letter topic.
     */
    @Test
    void recordsLiveShorterThanTheInboxRemembersThem() {
        Duration inbox = inboxRetention();
        for (String topic : code.topics()) {
            Duration onTopic = retention(topic);
            Duration onDeadLetterTopic = retention(code.deadLetterOf(topic));
            assertThat(onTopic.plus(onDeadLetterTopic)).as(topic + " + its dead-letter topic vs the inbox (" + inbox + ")")
                    .isLessThan(inbox);
        }
    }

    /** A consumer group gives each partition to one consumer: a pod without a partition idles. */
    @Test
    void everyConsumingPodCanHaveAPartitionOfItsOwn() {
        for (KafkaClient client : code.clients()) {
            int pods = maxPods(client.service());
            for (String topic : client.consumes()) {
                assertThat(partitions(topic)).as(topic + " partitions for " + pods + " pods of " + client.service())
                        .isGreaterThanOrEqualTo(pods);
            }
        }
    }

    @Test
    void eachServiceThatUsesKafkaHasAUserAllowedExactlyWhatItsCodeNeeds() {
        Map<String, Set<String>> declared = new HashMap<>();
        for (JsonNode user : users) {
            assertThat(user.path("spec").path("authentication").path("type").asString("")).isEqualTo("scram-sha-512");
            assertThat(user.path("spec").path("authorization").path("type").asString("")).isEqualTo("simple");
            declared.put(user.path("metadata").path("name").asString(""), acls(user));
        }
        Map<String, Set<String>> needed = code.clients().stream()
                .collect(Collectors.toMap(KafkaClient::service, KafkaTopicsTest::neededAcls));
        assertThat(needed).as("services using Kafka").containsKeys("identity-service", "booking-service", "ticket-service",
                "notification-service", "analytics-service");
        assertThat(declared.keySet()).containsExactlyInAnyOrderElementsOf(needed.keySet());
        needed.forEach((service, acls) -> assertThat(declared.get(service)).as("ACLs of " + service)
                .containsExactlyInAnyOrderElementsOf(acls));
    }

    @Test
    void theBrokersTakeOnlyTlsWithScramAuthorizeByAclAndCreateNoTopicOnTheirOwn() {
        List<JsonNode> cluster = RepositoryFiles.yamlDocuments(KAFKA.resolve("kafka.yaml"));
        JsonNode kafka = cluster.stream().filter(node -> node.path("kind").asString("").equals("Kafka")).findFirst().orElseThrow();
        assertThat(kafka.path("metadata").path("name").asString("")).isEqualTo("ticketing");
        assertThat(kafka.path("metadata").path("annotations").path("strimzi.io/kraft").asString("")).isEqualTo("enabled");
        assertThat(kafka.path("metadata").path("annotations").path("strimzi.io/node-pools").asString("")).isEqualTo("enabled");
        JsonNode spec = kafka.path("spec").path("kafka");
        assertThat(spec.path("listeners").values()).allSatisfy(listener -> {
            assertThat(listener.path("tls").asBoolean(false)).isTrue();
            assertThat(listener.path("authentication").path("type").asString("")).isEqualTo("scram-sha-512");
        });
        assertThat(spec.path("authorization").path("type").asString("")).isEqualTo("simple");
        assertThat(spec.path("config").path("auto.create.topics.enable").asBoolean(true)).isFalse();
        assertThat(spec.path("config").path("min.insync.replicas").asInt()).isEqualTo(2);
        List<JsonNode> pools = cluster.stream().filter(node -> node.path("kind").asString("").equals("KafkaNodePool")).toList();
        assertThat(pools).flatExtracting(pool -> pool.path("spec").path("roles").values().stream().map(JsonNode::asString).toList())
                .contains("controller", "broker");
        assertThat(pools).allSatisfy(pool -> assertThat(pool.path("spec").path("replicas").asInt()).isGreaterThanOrEqualTo(3));
    }

    /** What the service's code does with Kafka, as resource:name:operation. */
    private static Set<String> neededAcls(KafkaClient client) {
        Set<String> acls = new TreeSet<>();
        client.produces().forEach(topic -> acls.addAll(List.of("topic:" + topic + ":Write", "topic:" + topic + ":Describe")));
        acls.add("cluster::IdempotentWrite");
        for (String topic : client.consumes()) {
            acls.addAll(List.of("topic:" + topic + ":Read", "topic:" + topic + ":Describe"));
            String deadLetters = topic + ".dlt";
            acls.addAll(List.of("topic:" + deadLetters + ":Write", "topic:" + deadLetters + ":Describe"));
        }
        client.groups().forEach(group -> acls.addAll(List.of(group + ":Read", group + ":Describe")));
        client.redriveGroup().ifPresent(group -> {
            for (String topic : client.redrives()) {
                acls.addAll(List.of("topic:" + topic + ".dlt:Read", "topic:" + topic + ".dlt:Describe",
                        "topic:" + topic + ":Write", "topic:" + topic + ":Describe"));
            }
            acls.addAll(List.of("group:" + group + ":Read", "group:" + group + ":Describe"));
        });
        return acls;
    }

    private static Set<String> acls(JsonNode user) {
        Set<String> acls = new TreeSet<>();
        for (JsonNode acl : user.path("spec").path("authorization").path("acls").values()) {
            JsonNode resource = acl.path("resource");
            String type = resource.path("type").asString("");
            String pattern = resource.path("patternType").asString("literal");
            // prefixes only for groups named per pod at run time (a cache's broadcast listener), never for topics
            assertThat(pattern).as("pattern of " + resource).isIn("literal", type.equals("group") ? "prefix" : "literal");
            String kind = pattern.equals("prefix") ? type + "-prefix" : type;
            for (JsonNode operation : acl.path("operations").values()) {
                acls.add(kind + ":" + resource.path("name").asString("") + ":" + operation.asString());
            }
        }
        return acls;
    }

    private int partitions(String topic) {
        return topics.stream().filter(node -> node.path("spec").path("topicName").asString("").equals(topic)).findFirst()
                .orElseThrow(() -> new AssertionError("no KafkaTopic " + topic)).path("spec").path("partitions").asInt();
    }

    private Duration retention(String topic) {
        return Duration.ofMillis(topics.stream()
                .filter(node -> node.path("spec").path("topicName").asString("").equals(topic)).findFirst()
                .orElseThrow(() -> new AssertionError("no KafkaTopic " + topic))
                .path("spec").path("config").path("retention.ms").asLong(Long.MAX_VALUE));
    }

    /** The autoscaler's maximum (or the fixed count) plus the pod a rollout adds. */
    private int maxPods(String service) {
        JsonNode deployment = base.find("Deployment", service).orElseThrow(() -> new AssertionError("no Deployment " + service))
                .body().path("spec");
        int replicas = base.find("HorizontalPodAutoscaler", service)
                .map(autoscaler -> autoscaler.body().path("spec").path("maxReplicas").asInt())
                .orElseGet(() -> deployment.path("replicas").asInt());
        return replicas + deployment.path("strategy").path("rollingUpdate").path("maxSurge").asInt(1);
    }

    private static Duration inboxRetention() {
        JsonNode defaults = RepositoryFiles.yaml(RepositoryFiles.root().resolve(
                "shared-platform/platform-core/src/main/resources/ticketing-platform-defaults.yaml"));
        String value = defaults.path("ticketing").path("inbox").path("retention").asString("");
        Matcher duration = DURATION.matcher(value.substring(value.lastIndexOf(':') + 1));
        if (!duration.find()) {
            throw new AssertionError("ticketing.inbox.retention not understood: " + value);
        }
        long amount = Long.parseLong(duration.group(1));
        return switch (duration.group(2)) {
            case "d" -> Duration.ofDays(amount);
            case "h" -> Duration.ofHours(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
    }
}
