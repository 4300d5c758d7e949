package com.evently.ticketing.gateway;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole gateway on a random port in front of {@link GatewayTestEnvironment}; inject {@code WebTestClient}.
 * Its rate limits are out of reach, because every test calls from 127.0.0.1; {@link GatewayInstance} starts
 * gateways with small limits for the tests of limits.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ticketing.gateway.rate-limit.auth.requests=100000",
        "ticketing.gateway.rate-limit.auth.burst=100000",
        "ticketing.gateway.rate-limit.refresh.requests=100000",
        "ticketing.gateway.rate-limit.refresh.burst=100000",
        "ticketing.gateway.rate-limit.booking-writes.requests=100000",
        "ticketing.gateway.rate-limit.booking-writes.burst=100000",
        "ticketing.gateway.rate-limit.api-clients.requests=100000",
        "ticketing.gateway.rate-limit.api-clients.burst=100000",
        // every new trace sampled, so that what a test sees does not depend on chance
        "management.tracing.sampling.probability=1.0"})
@ContextConfiguration(initializers = GatewayTestEnvironment.class)
// generous: the first call of a context pays for JWKS fetches and connection set-up on two busy cores
@AutoConfigureWebTestClient(timeout = "30s")
@interface GatewayTest {
}
