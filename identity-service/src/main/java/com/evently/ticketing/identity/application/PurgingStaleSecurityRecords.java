package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.PasswordResetTokens;
import com.evently.ticketing.identity.application.port.out.RefreshTokens;
import com.evently.ticketing.identity.application.port.out.SigningKeys;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.time.Instant;

/**
 * Forgets what can no longer matter: expired tokens, successors kept past their grace period, attempt counts
 * nobody added to for a while, login addresses unused for long, and signing keys no valid token can name.
 */
public class PurgingStaleSecurityRecords {

    private final RefreshTokens refreshTokens;
    private final PasswordResetTokens resetTokens;
    private final LoginThrottle throttle;
    private final SigningKeys signingKeys;
    private final VerificationKeyCache verificationKeyCache;
    private final Transactions transactions;
    private final Clock clock;

    public PurgingStaleSecurityRecords(RefreshTokens refreshTokens, PasswordResetTokens resetTokens,
                                       LoginThrottle throttle, SigningKeys signingKeys,
                                       VerificationKeyCache verificationKeyCache,
                                       Transactions transactions, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.resetTokens = resetTokens;
        this.throttle = throttle;
        this.signingKeys = signingKeys;
        this.verificationKeyCache = verificationKeyCache;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Safe on several replicas at once: each statement deletes what is stale, whoever gets there first. */
    public PurgedSecurityRecords purge() {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            LoginThrottle.Forgotten forgotten = throttle.forgetStale(now);
            return new PurgedSecurityRecords(
                    refreshTokens.deleteExpiredBefore(now),
                    refreshTokens.eraseHandoversEndedBefore(now),
                    resetTokens.deleteExpiredBefore(now),
                    forgotten.attemptCounts(),
                    forgotten.knownAddresses(),
                    // without a rotation, retired keys would otherwise stay stored (if unpublished) for good
                    signingKeys.deleteRetiredBefore(now.minus(verificationKeyCache.publishedAfterRetirement())));
        });
    }
}
