package com.evently.ticketing.gateway;

import com.evently.ticketing.testsupport.TestIdentityProvider;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;

/**
 * The world around the gateway in tests: five fake services that echo what they receive, one service
 * address where nothing listens (notification), and the test identity provider's keys. Started once per JVM
 * so that every test class shares one gateway context.
 */
public class GatewayTestEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final FakeService IDENTITY = FakeService.start("identity");
    static final FakeService EVENT = FakeService.start("event");
    static final FakeService BOOKING = FakeService.start("booking");
    static final FakeService TICKET = FakeService.start("ticket");
    static final FakeService ANALYTICS = FakeService.start("analytics");
    static final URI UNREACHABLE_NOTIFICATION = FakeService.unreachable();

    /** Shorter than {@link FakeService#SLOW_ANSWER_MILLIS}, so a slow answer times out. */
    static final String RESPONSE_TIMEOUT = "2s";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "ticketing.gateway.downstream.identity=" + IDENTITY.baseUri(),
                "ticketing.gateway.downstream.event=" + EVENT.baseUri(),
                "ticketing.gateway.downstream.booking=" + BOOKING.baseUri(),
                "ticketing.gateway.downstream.ticket=" + TICKET.baseUri(),
                "ticketing.gateway.downstream.notification=" + UNREACHABLE_NOTIFICATION,
                "ticketing.gateway.downstream.analytics=" + ANALYTICS.baseUri(),
                "ticketing.security.jwt.issuer=" + TestIdentityProvider.ISSUER,
                "ticketing.security.jwt.audience=" + TestIdentityProvider.AUDIENCE,
                "ticketing.security.jwt.jwks-uri=" + TestIdentityProvider.get().jwksUri(),
                "spring.cloud.gateway.server.webflux.httpclient.response-timeout=" + RESPONSE_TIMEOUT
        ).applyTo(context);
    }
}
