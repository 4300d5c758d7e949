package com.evently.ticketing.deploy;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * Where everything of one running suite is, once the infrastructure is up: what each service is told about
 * the others.
 */
record SuiteWiring(
        SuitePorts ports,
        String kafkaBootstrapServers,
        DatabaseConnection database,
        Map<Service, DatabaseConnection> serviceDatabases,
        SmtpEndpoint smtp,
        SuiteSecrets secrets,
        AdminAccount admin) {

    SuiteWiring {
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(kafkaBootstrapServers, "kafkaBootstrapServers");
        Objects.requireNonNull(database, "database");
        serviceDatabases = Map.copyOf(serviceDatabases);
        Objects.requireNonNull(smtp, "smtp");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(admin, "admin");
    }

    /** How a service connects to PostgreSQL: as its own role where the launcher set roles up, else as given. */
    DatabaseConnection databaseOf(Service service) {
        return serviceDatabases.getOrDefault(service, database);
    }

    /** Services call each other over loopback by address: no dependence on how "localhost" resolves. */
    URI serviceUrl(Service service) {
        return URI.create("http://127.0.0.1:" + ports.of(service));
    }

    /**
     * The issuer is compared as a string by every service, so it is spelled the way the services' own
     * defaults spell it.
     */
    String jwtIssuer() {
        return "http://localhost:" + ports.identity();
    }

    URI jwksUri() {
        return serviceUrl(Service.IDENTITY).resolve("/.well-known/jwks.json");
    }

    /** What a person types into the browser; links in e-mails point here. */
    URI webBaseUrl() {
        return URI.create("http://localhost:" + ports.gateway());
    }

    @Override
    public String toString() {
        return "SuiteWiring[ports=" + ports + ", kafka=" + kafkaBootstrapServers + ", database=" + database
                + ", smtp=" + smtp + ", admin=" + admin + "]";
    }
}
