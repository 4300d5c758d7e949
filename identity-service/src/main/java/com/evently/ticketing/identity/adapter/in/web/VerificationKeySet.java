package com.evently.ticketing.identity.adapter.in.web;

import com.evently.ticketing.identity.application.port.in.ListVerificationKeys;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The verification keys as a JWK Set: served at the JWKS endpoint, and read directly by this service's own
 * token decoder, which therefore needs no HTTP call to itself.
 */
@Component
public class VerificationKeySet implements JWKSetSource<SecurityContext> {

    private final ListVerificationKeys listVerificationKeys;

    VerificationKeySet(ListVerificationKeys listVerificationKeys) {
        this.listVerificationKeys = listVerificationKeys;
    }

    public JWKSet current() {
        List<JWK> keys = listVerificationKeys.verificationKeys().stream()
                .<JWK>map(key -> new ECKey.Builder(Curve.P_256, key.publicKey())
                        .keyID(key.keyId())
                        .keyUse(KeyUse.SIGNATURE)
                        .algorithm(JWSAlgorithm.ES256)
                        .build())
                .toList();
        return new JWKSet(keys);
    }

    @Override
    public JWKSet getJWKSet(JWKSetCacheRefreshEvaluator refreshEvaluator, long currentTime, SecurityContext context) {
        return current();
    }

    @Override
    public void close() {
        // nothing held open: every read goes to the key store
    }
}
