package com.evently.ticketing.identity.domain;

/** A token was asked for a scope its client does not hold. */
public class ScopeNotGranted extends RuntimeException {

    public ScopeNotGranted() {
        super("The requested scope exceeds the scopes granted to this client");
    }
}
