package com.evently.ticketing.identity.config;

import com.evently.ticketing.platform.web.ProblemCatalogue;
import com.evently.ticketing.identity.adapter.in.web.IdentityProblem;
import com.evently.ticketing.identity.adapter.in.web.SessionCookies;
import com.evently.ticketing.identity.adapter.in.web.VerificationKeySet;
import com.evently.ticketing.platform.domain.Role;
import com.evently.ticketing.platform.security.JwtSecurityProperties;
import com.evently.ticketing.platform.security.PlatformJwtDecoders;
import com.evently.ticketing.platform.security.PublicEndpoints;
import com.evently.ticketing.platform.security.RoleRestrictedEndpoints;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

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
                "POST /api/v1/auth/refresh",
                "POST /api/v1/auth/logout",
                "POST /api/v1/auth/password/forgot",
                "POST /api/v1/auth/password/reset",
                "GET /.well-known/jwks.json",
                // clients authenticate with their id and secret there, not with a bearer token
                "POST /oauth2/token");
    }

    /** The web UI's refresh-token cookie lives as long as the refresh token in it. */
    @Bean
    SessionCookies sessionCookies(IdentityProperties identity, SessionCookieProperties cookie) {
        return new SessionCookies(identity.refreshTokenTtl(), cookie.allowedOrigins());
    }

    /**
     * Finding and changing other people's accounts is for administrators, refused to anyone else before the body
     * or parameters are read. {@code /api/v1/users/me} is every user's own and stays out of the pattern; key
     * rotation, under {@code /api/v1/admin/**}, is the platform's to restrict.
     */
    @Bean
    RoleRestrictedEndpoints userAdministrationEndpoints() {
        return RoleRestrictedEndpoints.requiringAnyOf(Set.of(Role.ADMIN.name()),
                "GET /api/v1/users",
                "PATCH /api/v1/users/{id:(?!me$).+}");
    }

    /**
     * API clients act for an organization: only organizers and administrators manage them, refused to anyone
     * else before the body is read. API clients themselves are refused by the platform's scope gate, since no
     * scope opens these paths: a client cannot mint more clients.
     */
    @Bean
    RoleRestrictedEndpoints apiClientManagementEndpoints() {
        return RoleRestrictedEndpoints.requiringAnyOf(Set.of(Role.ORGANIZER.name(), Role.ADMIN.name()),
                "/api/v1/api-clients", "/api/v1/api-clients/**");
    }

    /**
     * Identity checks its own tokens with the platform's rules, but reads the keys from its key store
     * rather than fetching its own JWKS over HTTP. A token with an unknown kid asks the key set again at once,
     * so a key rotated on any replica verifies here from its first token on. Nimbus' rate limit stays off
     * here: made-up kids would starve the reload a real rotation needs. The key set answers from
     * VerificationKeyCache, which reads the database at most once a second for unknown kids.
     */
    @Bean
    JwtDecoder jwtDecoder(VerificationKeySet verificationKeySet, JwtSecurityProperties properties, Clock clock) {
        JWKSource<SecurityContext> keys = JWKSourceBuilder.create(verificationKeySet)
                .cache(KEY_CACHE_LIFETIME.toMillis(), KEY_RELOAD_TIMEOUT.toMillis())
                .rateLimited(false)
                .retrying(false)
                .outageTolerant(false)
                .build();
        return PlatformJwtDecoders.fromKeySource(keys, properties, clock);
    }

    /** The problem types this service answers with, listed in its OpenAPI document. */
    @Bean
    ProblemCatalogue problemCatalogue() {
        return ProblemCatalogue.of(IdentityProblem.class);
    }
}
