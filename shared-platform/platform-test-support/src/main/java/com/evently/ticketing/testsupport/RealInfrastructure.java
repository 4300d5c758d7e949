package com.evently.ticketing.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.UUID;

/**
 * Points a test application context at real infrastructure: a database of its own on the test PostgreSQL
 * server, the JVM's Kafka broker (with a consumer group of its own, so cached contexts never steal each
 * other's records), and the test identity provider's JWKS.
 */
public class RealInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String INTERNAL_TOKEN = "test-internal-token";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPostgres.Database database = TestPostgres.newDatabase();
        TestIdentityProvider identity = TestIdentityProvider.get();
        String groupId = context.getEnvironment().getProperty("spring.kafka.consumer.group-id", "test");
        TestPropertyValues.of(
                "spring.datasource.url=" + database.jdbcUrl(),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password(),
                "spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
                "spring.kafka.consumer.group-id=" + groupId + "-" + UUID.randomUUID(),
                "ticketing.security.jwt.issuer=" + TestIdentityProvider.ISSUER,
                "ticketing.security.jwt.audience=" + TestIdentityProvider.AUDIENCE,
                "ticketing.security.jwt.jwks-uri=" + identity.jwksUri(),
                "ticketing.internal.token=" + INTERNAL_TOKEN,
                "ticketing.outbox.poll-interval=200ms"
        ).applyTo(context);
    }
}
