package com.evently.ticketing.platform.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * Imported by the services that call other services' internal endpoints (event, notification); neither an
 * auto-configuration nor a component-scanned {@code @Configuration}, so that the other services never need a client
 * secret: a service {@code @Import}s it. A missing secret stops the start with a message that names the variable.
 */
@EnableConfigurationProperties(ServiceClientProperties.class)
public class ServiceClientConfiguration {

    public static final String SECRET_VARIABLE = "TICKETING_SERVICE_CLIENT_SECRET";

    @Bean
    ServiceTokens serviceTokens(ServiceClientProperties properties, Clock clock) {
        if (properties.clientSecret() == null || properties.clientSecret().isBlank()) {
            throw new IllegalStateException(SECRET_VARIABLE + " is not set: " + properties.clientId() + " cannot get "
                    + "service tokens for other services' internal endpoints; set it to the secret identity-service "
                    + "knows the client " + properties.clientId() + " by");
        }
        return new ServiceTokens(properties, clock);
    }
}
