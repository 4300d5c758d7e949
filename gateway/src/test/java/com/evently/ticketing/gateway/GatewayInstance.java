package com.evently.ticketing.gateway;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.stream.Stream;

/**
 * A gateway application of its own on a random port, in front of the same {@link GatewayTestEnvironment}, with
 * extra settings: for tests that need several gateways (replicas) or settings the shared context must not have.
 */
final class GatewayInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final WebTestClient client;

    private GatewayInstance(ConfigurableApplicationContext context) {
        this.context = context;
        String port = context.getEnvironment().getRequiredProperty("local.server.port");
        this.client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }

    /** Settings as {@code name=value}; they win over application.yml and over {@link GatewayTestEnvironment}. */
    static GatewayInstance start(String... settings) {
        String[] arguments = Stream.concat(Stream.of("server.port=0"), Stream.of(settings))
                .map(setting -> "--" + setting)
                .toArray(String[]::new);
        return new GatewayInstance(new SpringApplicationBuilder(GatewayApplication.class)
                .initializers(new GatewayTestEnvironment(),
                        // after the environment's own values, so that a test may replace one of them (its JWKS...)
                        context -> TestPropertyValues.of(settings).applyTo(context))
                .run(arguments));
    }

    WebTestClient client() {
        return client;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
