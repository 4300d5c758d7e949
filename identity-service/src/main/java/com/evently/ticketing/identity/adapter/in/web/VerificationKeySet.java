package com.evently.ticketing.identity.adapter.in.web;

import com.evently.ticketing.identity.application.ListingVerificationKeys;
import com.evently.ticketing.identity.domain.VerificationKey;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The verification keys as a JWK Set: served at the JWKS endpoint, and read directly by this service's own
 * token decoder, which therefore needs no HTTP call to itself. Both are answered from the use case's cache.
 */
@Component
public class VerificationKeySet implements JWKSetSource<SecurityContext> {

    private final ListingVerificationKeys listingVerificationKeys;
    /** The set built from the last key list, kept while the cache hands out that same list. */
    private volatile Built built;

    VerificationKeySet(ListingVerificationKeys listingVerificationKeys) {
        this.listingVerificationKeys = listingVerificationKeys;
    }

    public JWKSet current() {
        return jwkSetOf(listingVerificationKeys.verificationKeys());
    }

    /**
     * The decoder's own cache asks for a refresh when a token names a key it does not have, comparing by
     * reference with the set it holds. Only then may the keys be read again, within the cache's reload limit.
     */
    @Override
    public JWKSet getJWKSet(JWKSetCacheRefreshEvaluator refreshEvaluator, long currentTime, SecurityContext context) {
        JWKSet current = current();
        return refreshEvaluator.requiresRefresh(current)
                ? jwkSetOf(listingVerificationKeys.verificationKeysForUnknownKeyId())
                : current;
    }

    @Override
    public void close() {
        // nothing held open
    }

    private JWKSet jwkSetOf(List<VerificationKey> keys) {
        Built last = built;
        if (last != null && last.keys() == keys) {
            return last.set();
        }
        JWKSet set = new JWKSet(keys.stream()
                .<JWK>map(key -> new ECKey.Builder(Curve.P_256, key.publicKey())
                        .keyID(key.keyId())
                        .keyUse(KeyUse.SIGNATURE)
                        .algorithm(JWSAlgorithm.ES256)
                        .build())
                .toList());
        built = new Built(keys, set);
        return set;
    }

    private record Built(List<VerificationKey> keys, JWKSet set) {
    }
}
