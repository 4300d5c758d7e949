package com.evently.ticketing.identity.application.port.in;

import com.evently.ticketing.identity.domain.SigningKey;

/** Before the first token is issued: load the active signing key, or create it if there is none yet. */
public interface EnsureSigningKey {

    /** The active key; replicas starting at once end up with the same one. */
    SigningKey ensureActiveKey();
}
