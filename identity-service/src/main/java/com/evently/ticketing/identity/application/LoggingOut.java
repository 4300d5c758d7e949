package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.IntegrationEvents;
import com.evently.ticketing.identity.application.port.out.RefreshTokens;
import com.evently.ticketing.identity.application.port.out.Users;
import com.evently.ticketing.identity.domain.RefreshToken;
import com.evently.ticketing.identity.domain.SecurityAction;
import com.evently.ticketing.identity.domain.SecurityEvent;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.time.Instant;

/**
 * Ends the session a refresh token belongs to: it and every token rotated from the same login are revoked.
 * An unknown token ends nothing and is no error, so logging out twice is harmless.
 */
public class LoggingOut {

    private final RefreshTokens refreshTokens;
    private final Users users;
    private final IntegrationEvents integrationEvents;
    private final Transactions transactions;
    private final Clock clock;

    public LoggingOut(RefreshTokens refreshTokens, Users users, IntegrationEvents integrationEvents,
                      Transactions transactions, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.users = users;
        this.integrationEvents = integrationEvents;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void logOut(LogOutCommand command) {
        Instant now = clock.instant();
        transactions.inTransaction(() -> refreshTokens.lockByHash(command.refreshToken().hash())
                .filter(token -> token.revokedAt() == null)
                .ifPresent(token -> endSession(token, command, now)));
    }

    /** The whole family: a client holding the token the logout presented might otherwise still hold a newer one. */
    private void endSession(RefreshToken token, LogOutCommand command, Instant now) {
        refreshTokens.revokeFamily(token.familyId(), now);
        SecurityEvent logout = SecurityEvent.success(SecurityAction.LOGOUT, now)
                .by(token.userId()).from(command.clientAddress());
        integrationEvents.securityEventRecorded(users.findById(token.userId()).map(logout::concerning).orElse(logout));
    }
}
