package com.evently.ticketing.identity.application.port.in;

/** Forgets what can no longer matter: expired tokens and failure counts nobody added to for a while. */
public interface PurgeStaleSecurityRecords {

    Purged purge();

    record Purged(int refreshTokens, int passwordResetTokens, int loginFailureCounts) {
    }
}
