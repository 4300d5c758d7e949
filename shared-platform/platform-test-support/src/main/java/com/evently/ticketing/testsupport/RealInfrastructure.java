package com.evently.ticketing.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.UUID;

/**
 * Points a test application context at real infrastructure: a database of its own on the test PostgreSQL
 * server, the JVM's Kafka broker (with a consumer group of its own, so cached contexts never steal each
 * other's records), and the test identity provider's JWKS and token endpoint (with its one service client, for the
 * services that call others' internal endpoints).
 */
public class RealInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

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
                "ticketing.service-client.token-uri=" + identity.tokenUri(),
                "ticketing.service-client.client-id=" + TestIdentityProvider.SERVICE_CLIENT_ID,
                "ticketing.service-client.client-secret=" + TestIdentityProvider.SERVICE_CLIENT_SECRET,
                "ticketing.outbox.poll-interval=200ms"
        ).applyTo(context);
    }
}
