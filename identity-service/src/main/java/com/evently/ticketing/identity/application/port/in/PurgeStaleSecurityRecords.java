package com.evently.ticketing.identity.application.port.in;

/**
 * Forgets what can no longer matter: expired tokens, successors kept past their grace period, attempt counts
 * nobody added to for a while, login addresses unused for long, and signing keys no valid token can name.
 */
public interface PurgeStaleSecurityRecords {

    Purged purge();

    record Purged(int refreshTokens, int refreshTokenHandovers, int passwordResetTokens, int loginAttemptCounts,
                  int knownLoginAddresses, int retiredSigningKeys) {
    }
}
