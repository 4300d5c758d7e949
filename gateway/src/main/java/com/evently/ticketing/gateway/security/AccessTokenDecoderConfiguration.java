package com.evently.ticketing.gateway.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.MalformedURLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Access tokens as identity-service signs them: ES256 only (a token naming another algorithm, "none" included,
 * is refused before any key is looked at), from the expected issuer, for the expected audience, and within
 * its lifetime give or take the clock skew. A token that passed is remembered until it expires
 * ({@link RememberedTokens}).
 * <p>
 * Keys come from identity's JWKS through Nimbus' JWK source: cached, and fetched again when a token names a key
 * id the cache lacks, so key rotation needs no restart, but at most twice per refetch interval, so that tokens
 * with made-up key ids cannot turn the gateway into an amplifier of requests to identity. While refetching is
 * held back such a token is refused as invalid (401), as it would be once fetched.
 */
@Configuration(proxyBeanMethods = false)
public class AccessTokenDecoderConfiguration {

    // A slow identity-service must not hold requests for longer than the gateway would wait for any service.
    private static final Duration JWKS_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration JWKS_READ_TIMEOUT = Duration.ofSeconds(5);
    private static final int JWKS_SIZE_LIMIT_BYTES = 64 * 1024;
    // How long a request may wait for another one's fetch of the keys before giving up.
    private static final Duration JWKS_FETCH_WAIT = Duration.ofSeconds(10);

    @Bean
    ReactiveJwtDecoder accessTokenDecoder(JwtProperties expected) {
        JWKSource<SecurityContext> keys = identityKeys(expected);
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSource(token -> keysFor(token, keys))
                .jwsAlgorithm(SignatureAlgorithm.ES256)
                .build();
        JwtTimestampValidator lifetime = new JwtTimestampValidator(expected.clockSkew());
        lifetime.setAllowEmptyExpiryClaim(false);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                lifetime,
                new JwtIssuerValidator(expected.issuer()),
                new JwtAudienceValidator(expected.audience())));
        return new RememberedTokens(decoder, expected.clockSkew(), Clock.systemUTC());
    }

    private static JWKSource<SecurityContext> identityKeys(JwtProperties expected) {
        DefaultResourceRetriever http = new DefaultResourceRetriever(
                Math.toIntExact(JWKS_CONNECT_TIMEOUT.toMillis()), Math.toIntExact(JWKS_READ_TIMEOUT.toMillis()),
                JWKS_SIZE_LIMIT_BYTES);
        try {
            return JWKSourceBuilder.<SecurityContext>create(expected.jwksUri().toURL(), http)
                    .cache(expected.jwksCacheLifetime().toMillis(), JWKS_FETCH_WAIT.toMillis())
                    .refreshAheadCache(false)
                    .rateLimited(expected.jwksRefetchInterval().toMillis())
                    .build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("ticketing.security.jwt.jwks-uri is not a URL: " + expected.jwksUri(), e);
        }
    }

    /**
     * The keys that may have signed the token. Looking them up may fetch the JWKS over blocking HTTP, hence on
     * a thread that may block, never on the event loop.
     */
    private static Flux<JWK> keysFor(SignedJWT token, JWKSource<SecurityContext> keys) {
        JWSHeader header = token.getHeader();
        if (!JWSAlgorithm.ES256.equals(header.getAlgorithm())) {
            // refused by the decoder for its algorithm: never a reason to fetch keys
            return Flux.empty();
        }
        JWKSelector selector = new JWKSelector(JWKMatcher.forJWSHeader(header));
        return Mono.fromCallable(() -> keys.get(selector, null))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorResume(RateLimitReachedException.class, coolingDown -> Mono.just(List.of()))
                .flatMapMany(Flux::fromIterable);
    }
}
