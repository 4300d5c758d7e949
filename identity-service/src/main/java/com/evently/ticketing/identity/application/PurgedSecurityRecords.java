package com.evently.ticketing.identity.application;

/** How many records of each kind a purge deleted. */
public record PurgedSecurityRecords(int refreshTokens, int refreshTokenHandovers, int passwordResetTokens,
                                    int loginAttemptCounts, int knownLoginAddresses, int retiredSigningKeys) {
}
