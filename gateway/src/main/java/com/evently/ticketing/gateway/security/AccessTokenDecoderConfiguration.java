package com.evently.ticketing.gateway.security;

import io.netty.channel.ChannelOption;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

import java.time.Duration;

/**
 * Access tokens as identity-service signs them: ES256 only (a token naming another algorithm, "none" included,
 * is refused before any key is looked at), from the expected issuer, for the expected audience, and within
 * its lifetime give or take the clock skew. Keys come from identity's JWKS, cached and refetched when a token
 * names an unknown key id, so key rotation needs no restart.
 */
@Configuration(proxyBeanMethods = false)
public class AccessTokenDecoderConfiguration {

    // A slow identity-service must not hold requests for longer than the gateway would wait for any service.
    private static final int JWKS_CONNECT_TIMEOUT_MILLIS = 2_000;
    private static final Duration JWKS_RESPONSE_TIMEOUT = Duration.ofSeconds(5);

    @Bean
    ReactiveJwtDecoder accessTokenDecoder(JwtProperties expected) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(expected.jwksUri().toString())
                .jwsAlgorithm(SignatureAlgorithm.ES256)
                .webClient(jwksClient())
                .build();
        JwtTimestampValidator lifetime = new JwtTimestampValidator(expected.clockSkew());
        lifetime.setAllowEmptyExpiryClaim(false);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                lifetime,
                new JwtIssuerValidator(expected.issuer()),
                new JwtAudienceValidator(expected.audience())));
        return decoder;
    }

    private static WebClient jwksClient() {
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, JWKS_CONNECT_TIMEOUT_MILLIS)
                .responseTimeout(JWKS_RESPONSE_TIMEOUT);
        return WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
    }
}
