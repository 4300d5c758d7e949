package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.domain.VerificationKey;

import java.util.List;

/**
 * The public keys anyone may use to check the service's access tokens (its JWKS): every key that signed a
 * token which may still be valid. Served from memory; the same list instance until the keys are read again.
 */
public class ListingVerificationKeys {

    private final VerificationKeyCache verificationKeyCache;

    public ListingVerificationKeys(VerificationKeyCache verificationKeyCache) {
        this.verificationKeyCache = verificationKeyCache;
    }

    /** The keys as read at most the cache's lifetime ago, or right after a rotation on this replica. */
    public List<VerificationKey> verificationKeys() {
        return verificationKeyCache.current();
    }

    /**
     * For a token signed by none of {@link #verificationKeys()}: its key may have been created on another
     * replica since, so the keys are read again, unless they were read less than the reload interval ago
     * (made-up key ids must not turn into one database query each).
     */
    public List<VerificationKey> verificationKeysForUnknownKeyId() {
        return verificationKeyCache.lookingForAnUnknownKey();
    }
}
