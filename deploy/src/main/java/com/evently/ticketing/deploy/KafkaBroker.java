package com.evently.ticketing.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka cluster in KRaft combined mode (broker and controller in one server), running inside
 * the launcher's JVM and listening on loopback only.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);
    private static final String NODE_ID = "1";

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private KafkaBroker(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Formats {@code dataDirectory} unless an earlier run already did (then its topics and offsets are kept),
     * and returns once the broker accepts clients.
     */
    public static KafkaBroker start(Path dataDirectory, int port, int controllerPort) throws IOException {
        Path logDirectory = dataDirectory.resolve("logs");
        Properties properties = serverProperties(logDirectory, port, controllerPort);
        Path configFile = writeConfig(dataDirectory, properties);
        // Formatting stamps a cluster id; an earlier run's id must be kept, or its data is refused.
        if (!Files.exists(logDirectory.resolve("meta.properties"))) {
            formatStorage(configFile);
        }

        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        try {
            // Returns once the broker has caught up with the metadata log and is unfenced, i.e. usable.
            server.startup();
        } catch (RuntimeException e) {
            try {
                shutDown(server);
            } catch (RuntimeException whileCleaningUp) {
                e.addSuppressed(whileCleaningUp);
            }
            throw e;
        }
        String bootstrapServers = "127.0.0.1:" + port;
        log.info("Kafka broker listening on {} (data in {})", bootstrapServers, dataDirectory);
        return new KafkaBroker(server, bootstrapServers);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        shutDown(server);
        log.info("Kafka broker on {} stopped", bootstrapServers);
    }

    static Properties serverProperties(Path logDirectory, int port, int controllerPort) {
        Properties properties = new Properties();
        properties.setProperty("process.roles", "broker,controller");
        properties.setProperty("node.id", NODE_ID);
        properties.setProperty("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        properties.setProperty("listeners",
                "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        properties.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        properties.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.setProperty("controller.listener.names", "CONTROLLER");
        properties.setProperty("inter.broker.listener.name", "PLAINTEXT");
        properties.setProperty("log.dirs", logDirectory.toString());
        // Services publish to topics nobody created beforehand.
        properties.setProperty("auto.create.topics.enable", "true");
        properties.setProperty("num.partitions", "1");
        // One node: every replication factor must be 1, or the internal topics are never created.
        properties.setProperty("default.replication.factor", "1");
        properties.setProperty("min.insync.replicas", "1");
        properties.setProperty("offsets.topic.replication.factor", "1");
        properties.setProperty("transaction.state.log.replication.factor", "1");
        properties.setProperty("transaction.state.log.min.isr", "1");
        properties.setProperty("share.coordinator.state.topic.replication.factor", "1");
        properties.setProperty("share.coordinator.state.topic.min.isr", "1");
        // Fewer internal partitions: the first consumer group on a fresh broker is ready in a second, not ten.
        properties.setProperty("offsets.topic.num.partitions", "5");
        properties.setProperty("transaction.state.log.num.partitions", "5");
        // No other member will ever join late: start consuming at once.
        properties.setProperty("group.initial.rebalance.delay.ms", "0");
        return properties;
    }

    private static Path writeConfig(Path dataDirectory, Properties properties) throws IOException {
        Files.createDirectories(dataDirectory);
        Path configFile = dataDirectory.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(configFile)) {
            properties.store(out, "written by the local launcher on every start; edits are overwritten");
        }
        return configFile;
    }

    private static void formatStorage(Path configFile) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        String[] arguments = {
                "format", "--cluster-id", Uuid.randomUuid().toString(), "--config", configFile.toString()};
        int exitCode;
        try (PrintStream printStream = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exitCode = StorageTool.execute(arguments, printStream);
        } catch (RuntimeException e) {
            throw new IllegalStateException("could not format Kafka storage: " + output.toString(StandardCharsets.UTF_8), e);
        }
        if (exitCode != 0) {
            throw new IllegalStateException(
                    "could not format Kafka storage (exit " + exitCode + "): " + output.toString(StandardCharsets.UTF_8));
        }
        log.info("Kafka storage: {}", output.toString(StandardCharsets.UTF_8).strip());
    }

    private static void shutDown(KafkaRaftServer server) {
        server.shutdown();
        server.awaitShutdown();
    }
}
