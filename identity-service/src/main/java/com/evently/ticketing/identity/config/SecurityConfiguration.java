package com.evently.ticketing.identity.config;

import com.evently.ticketing.identity.adapter.in.web.VerificationKeySet;
import com.evently.ticketing.platform.security.JwtSecurityProperties;
import com.evently.ticketing.platform.security.PlatformJwtDecoders;
import com.evently.ticketing.platform.security.PublicEndpoints;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.time.Duration;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** As long as other verifiers may cache the JWKS; a token with an unknown kid triggers an early reload. */
    private static final Duration KEY_CACHE_LIFETIME = Duration.ofMinutes(5);
    private static final Duration KEY_RELOAD_TIMEOUT = Duration.ofSeconds(15);

    @Bean
    PublicEndpoints publicEndpoints() {
        return PublicEndpoints.of(
                "POST /api/v1/auth/register",
                "POST /api/v1/auth/login",
                "GET /.well-known/jwks.json");
    }

    /**
     * Identity checks its own tokens with the platform's rules, but reads the keys from its key store
     * rather than fetching its own JWKS over HTTP. The cache spares a query per request; its rate limit keeps
     * tokens with made-up key ids from turning into database load.
     */
    @Bean
    JwtDecoder jwtDecoder(VerificationKeySet verificationKeySet, JwtSecurityProperties properties) {
        JWKSource<SecurityContext> keys = JWKSourceBuilder.create(verificationKeySet)
                .cache(KEY_CACHE_LIFETIME.toMillis(), KEY_RELOAD_TIMEOUT.toMillis())
                .retrying(false)
                .outageTolerant(false)
                .build();
        return PlatformJwtDecoders.fromKeySource(keys, properties);
    }
}
