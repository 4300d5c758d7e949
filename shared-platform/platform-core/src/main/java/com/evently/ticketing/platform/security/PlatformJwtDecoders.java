package com.evently.ticketing.platform.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Builds the one token check every service applies (docs/architecture.md#security): signature by a key of the issuer with the
 * algorithm pinned to ES256 (so {@code alg=none} and HS256-with-the-public-key are refused), the expected
 * issuer and audience, an expiry (a token without {@code exp} is refused, as the gateway refuses it), and
 * expiry/not-before within the allowed clock skew. A token that passed is remembered until it expires
 * ({@link RememberedTokens}).
 */
public final class PlatformJwtDecoders {

    // A slow issuer must not hold requests for long; the keys are small.
    private static final Duration JWKS_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration JWKS_READ_TIMEOUT = Duration.ofSeconds(5);
    private static final int JWKS_SIZE_LIMIT_BYTES = 64 * 1024;
    // How long a request may wait for another one's fetch of the keys before giving up.
    private static final Duration JWKS_FETCH_WAIT = Duration.ofSeconds(10);

    /**
     * Keys fetched from the issuer's JWKS and cached; a token naming an unknown key id triggers a refetch, rate
     * limited to two per {@link JwtSecurityProperties#jwksRefetchInterval()} (Nimbus' rate-limited source). The
     * clock is the service's one {@link Clock} bean: it decides how long an accepted token is remembered.
     */
    public static JwtDecoder fromJwksUri(JwtSecurityProperties properties, Clock clock) {
        DefaultResourceRetriever http = new DefaultResourceRetriever(
                Math.toIntExact(JWKS_CONNECT_TIMEOUT.toMillis()), Math.toIntExact(JWKS_READ_TIMEOUT.toMillis()),
                JWKS_SIZE_LIMIT_BYTES);
        JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(url(properties.jwksUri()), http)
                .cache(properties.jwksCacheLifetime().toMillis(), JWKS_FETCH_WAIT.toMillis())
                .refreshAheadCache(false)
                .rateLimited(properties.jwksRefetchInterval().toMillis())
                .build();
        return fromKeySource(new NoKeyWhileRefetchIsRateLimited<>(keys), properties, clock);
    }

    public static JwtDecoder fromKeySource(JWKSource<SecurityContext> keys, JwtSecurityProperties properties,
                                           Clock clock) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256, keys));
        // claims are checked by the validator below, with Spring's error reporting
        processor.setJWTClaimsSetVerifier((claims, context) -> {
        });
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(validator(properties));
        return new RememberedTokens(decoder, properties.clockSkew(), clock);
    }

    static OAuth2TokenValidator<Jwt> validator(JwtSecurityProperties properties) {
        JwtTimestampValidator lifetime = new JwtTimestampValidator(properties.clockSkew());
        lifetime.setAllowEmptyExpiryClaim(false);
        return new DelegatingOAuth2TokenValidator<>(List.of(
                lifetime,
                new JwtIssuerValidator(properties.issuer()),
                audience(properties.audience()),
                clientActsForAnOrganizer()));
    }

    /**
     * An API client's token is read as its organizer ({@link AuthenticatedUser}): without one it means nothing. A
     * service's token acts for no organizer and opens internal endpoints only ({@link InternalEndpoints}).
     */
    private static OAuth2TokenValidator<Jwt> clientActsForAnOrganizer() {
        OAuth2Error noOrganizer = new OAuth2Error("invalid_token", "The client token names no organizer", null);
        return jwt -> !ClientTokens.isClientToken(jwt) || ClientTokens.organizer(jwt).isPresent()
                || ClientTokens.isServiceToken(jwt)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(noOrganizer);
    }

    private static OAuth2TokenValidator<Jwt> audience(String expected) {
        OAuth2Error wrongAudience = new OAuth2Error("invalid_token", "The token is not meant for this API", null);
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(expected)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(wrongAudience);
    }

    private static URL url(String jwksUri) {
        try {
            return URI.create(jwksUri).toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("ticketing.security.jwt.jwks-uri is not a URL: " + jwksUri, e);
        }
    }

    /**
     * While refetches are rate limited, a key id the cached keys lack is answered as "no such key": the token is
     * refused as invalid (401), as it would be once the keys were fetched again, rather than the request failing
     * as if the service were broken (500).
     */
    private record NoKeyWhileRefetchIsRateLimited<C extends SecurityContext>(JWKSource<C> keys) implements JWKSource<C> {

        @Override
        public List<JWK> get(JWKSelector selector, C context) throws KeySourceException {
            try {
                return keys.get(selector, context);
            } catch (RateLimitReachedException coolingDown) {
                return List.of();
            }
        }
    }

    private PlatformJwtDecoders() {
    }
}
