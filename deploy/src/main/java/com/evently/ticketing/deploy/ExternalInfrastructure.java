package com.evently.ticketing.deploy;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Infrastructure someone already runs. Whatever is present here the suite uses as it is; whatever is
 * absent the suite starts itself (Kafka broker, embedded PostgreSQL, GreenMail).
 */
public record ExternalInfrastructure(
        Optional<String> kafkaBootstrapServers,
        Optional<DatabaseConnection> database,
        Optional<SmtpEndpoint> smtp) {

    private static final int DEFAULT_SMTP_PORT = 25;

    public ExternalInfrastructure {
        Objects.requireNonNull(kafkaBootstrapServers, "kafkaBootstrapServers");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(smtp, "smtp");
    }

    public static ExternalInfrastructure none() {
        return new ExternalInfrastructure(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Reads the same variables the services read, so one exported setting serves both. */
    public static ExternalInfrastructure fromEnvironment(Map<String, String> environment) {
        Optional<String> kafka = nonBlank(environment, "KAFKA_BOOTSTRAP_SERVERS");
        Optional<DatabaseConnection> database = nonBlank(environment, "TICKETING_DB_URL")
                .map(url -> new DatabaseConnection(url,
                        nonBlank(environment, "TICKETING_DB_USER").orElse("postgres"),
                        environment.getOrDefault("TICKETING_DB_PASSWORD", "")));
        Optional<SmtpEndpoint> smtp = nonBlank(environment, "SMTP_HOST")
                .map(host -> new SmtpEndpoint(host, nonBlank(environment, "SMTP_PORT")
                        .map(port -> parsePort("SMTP_PORT", port))
                        .orElse(DEFAULT_SMTP_PORT)));
        return new ExternalInfrastructure(kafka, database, smtp);
    }

    private static Optional<String> nonBlank(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static int parsePort(String variable, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a port number, was '" + value + "'", e);
        }
    }
}
