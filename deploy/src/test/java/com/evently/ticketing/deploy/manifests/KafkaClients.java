package com.evently.ticketing.deploy.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

/**
 * What each service does with Kafka, read from its code: the topics (shared-contracts' {@code Topics} constants),
 * the topics its outbox publishes to (the {@code EventTypes} it appends, mapped to their topic by
 * {@code EventTypes}), the topics its {@code @KafkaListener}s read with their consumer groups, and whether it offers
 * the dead-letter redrive. Read from source, so that it is the code under test and not an installed jar.
 */
final class KafkaClients {

    /**
     * @param groups the consumer groups of its listeners, as ACL resources: {@code group:<name>}, or
     *               {@code group-prefix:<prefix>} for a group named per pod at run time (a SpEL expression)
     */
    record KafkaClient(String service, Set<String> produces, Set<String> consumes, Set<String> groups,
                       Optional<String> redriveGroup, Set<String> redrives) {
    }

    private static final Path CONTRACTS = Path.of("shared-contracts/src/main/java/com/evently/ticketing/contracts");
    private static final Pattern CONSTANT = Pattern.compile(
            "public\\s+static\\s+final\\s+String\\s+([A-Z_0-9]+)\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern DEAD_LETTER_SUFFIX = Pattern.compile(
            "deadLetterOf\\(String topic\\)\\s*\\{\\s*return\\s+topic\\s*\\+\\s*\"([^\"]+)\"");
    private static final Pattern TYPE_TO_TOPIC = Pattern.compile(
            "Map\\.entry\\(\\s*([A-Z_0-9]+)\\s*,\\s*Topics\\.([A-Z_0-9]+)\\s*\\)");
    /** The annotation's attributes; a string in them may hold parentheses (SpEL). */
    private static final Pattern LISTENER = Pattern.compile("@KafkaListener\\(((?:\"[^\"]*\"|[^)\"])*)\\)");
    private static final Pattern GROUP_ID = Pattern.compile("groupId\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern TOPIC_REFERENCE = Pattern.compile("Topics\\.([A-Z_0-9]+)");
    private static final Pattern EVENT_TYPE_REFERENCE = Pattern.compile("EventTypes\\.([A-Z_0-9]+)");
    private static final String DEFAULT_REDRIVE_GROUP = "ticketing.dead-letter-redrive";

    private final Map<String, String> topicConstants;
    private final String deadLetterSuffix;
    private final List<KafkaClient> clients;

    private KafkaClients(Map<String, String> topicConstants, String deadLetterSuffix, List<KafkaClient> clients) {
        this.topicConstants = topicConstants;
        this.deadLetterSuffix = deadLetterSuffix;
        this.clients = clients;
    }

    static KafkaClients of(Path root) {
        String topicsSource = read(root.resolve(CONTRACTS).resolve("Topics.java"));
        Map<String, String> topics = constants(topicsSource);
        Matcher suffix = DEAD_LETTER_SUFFIX.matcher(topicsSource);
        if (!suffix.find()) {
            throw new IllegalStateException("Topics.deadLetterOf is no longer topic + \"<suffix>\": update this reader");
        }
        String eventTypesSource = read(root.resolve(CONTRACTS).resolve("EventTypes.java"));
        Map<String, String> typeConstants = constants(eventTypesSource);
        Map<String, String> topicOfTypeConstant = new HashMap<>();
        Matcher mapping = TYPE_TO_TOPIC.matcher(eventTypesSource);
        while (mapping.find()) {
            topicOfTypeConstant.put(mapping.group(1), topics.get(mapping.group(2)));
        }
        if (!topicOfTypeConstant.keySet().equals(typeConstants.keySet())) {
            throw new IllegalStateException("EventTypes maps types to topics in a way this reader does not understand");
        }
        List<KafkaClient> clients = new ArrayList<>();
        for (Path module : modules(root)) {
            clientOf(module, topics, topicOfTypeConstant).ifPresent(clients::add);
        }
        return new KafkaClients(topics, suffix.group(1), List.copyOf(clients));
    }

    Set<String> topics() {
        return new TreeSet<>(topicConstants.values());
    }

    String deadLetterOf(String topic) {
        return topic + deadLetterSuffix;
    }

    List<KafkaClient> clients() {
        return clients;
    }

    private static Optional<KafkaClient> clientOf(Path module, Map<String, String> topics, Map<String, String> topicOfType) {
        Set<String> produces = new TreeSet<>();
        Set<String> consumes = new TreeSet<>();
        List<Optional<String>> listenerGroups = new ArrayList<>();
        for (Path source : javaSources(module.resolve("src/main/java"))) {
            String code = read(source);
            Matcher listener = LISTENER.matcher(code);
            while (listener.find()) {
                Matcher topic = TOPIC_REFERENCE.matcher(listener.group(1));
                while (topic.find()) {
                    consumes.add(known(topics, topic.group(1), source));
                }
                Matcher groupId = GROUP_ID.matcher(listener.group(1));
                listenerGroups.add(groupId.find() ? Optional.of(groupId.group(1)) : Optional.empty());
            }
            // listeners name event types to dispatch on; only the outgoing side appends them to the outbox
            if (!source.toString().replace('\\', '/').contains("/adapter/in/")) {
                Matcher type = EVENT_TYPE_REFERENCE.matcher(code);
                while (type.find()) {
                    produces.add(known(topicOfType, type.group(1), source));
                }
            }
        }
        JsonNode configuration = applicationYaml(module);
        JsonNode deadLetters = configuration.path("ticketing").path("dead-letters");
        boolean redrive = deadLetters.path("redrive-enabled").asString("").matches("(\\$\\{[A-Z_]+:)?true}?");
        if (produces.isEmpty() && consumes.isEmpty() && !redrive) {
            return Optional.empty();
        }
        String service = module.getFileName().toString();
        // without a group-id Spring Kafka refuses to start a listener; the convention is the application's name
        String defaultGroup = configuration.path("spring").path("kafka").path("consumer").path("group-id")
                .asString(configuration.path("spring").path("application").path("name").asString(service));
        Set<String> groups = new TreeSet<>();
        for (Optional<String> groupId : listenerGroups) {
            String name = groupId.orElse(defaultGroup);
            int expression = Stream.of(name.indexOf("#{"), name.indexOf("${")).filter(index -> index >= 0)
                    .min(Integer::compare).orElse(-1);
            groups.add(expression < 0 ? "group:" + name : "group-prefix:" + name.substring(0, expression));
        }
        Optional<String> redriveGroup = redrive
                ? Optional.of(deadLetters.path("redrive-group").asString(DEFAULT_REDRIVE_GROUP))
                : Optional.empty();
        return Optional.of(new KafkaClient(service, produces, consumes, groups, redriveGroup,
                redrive ? new TreeSet<>(topics.values()) : Set.of()));
    }

    private static String known(Map<String, String> constants, String constant, Path source) {
        String value = constants.get(constant);
        if (value == null) {
            throw new IllegalStateException(source + " names " + constant + ", unknown to shared-contracts");
        }
        return value;
    }

    private static Map<String, String> constants(String source) {
        Map<String, String> constants = new HashMap<>();
        Matcher constant = CONSTANT.matcher(source);
        while (constant.find()) {
            constants.put(constant.group(1), constant.group(2));
        }
        return constants;
    }

    private static JsonNode applicationYaml(Path module) {
        for (String name : List.of("application.yml", "application.yaml")) {
            Path file = module.resolve("src/main/resources").resolve(name);
            if (Files.exists(file)) {
                return RepositoryFiles.yamlDocuments(file).getFirst();
            }
        }
        throw new IllegalStateException(module + " has no application.yml");
    }

    private static List<Path> modules(Path root) {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(child -> Files.isDirectory(child.resolve("src/main/java")))
                    .filter(child -> child.getFileName().toString().endsWith("-service")
                            || child.getFileName().toString().equals("gateway"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaSources(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }
}
