package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.IntegrationEvents;
import com.evently.ticketing.identity.application.port.out.PasswordHashing;
import com.evently.ticketing.identity.application.port.out.PasswordResetTokens;
import com.evently.ticketing.identity.application.port.out.RefreshTokens;
import com.evently.ticketing.identity.application.port.out.Users;
import com.evently.ticketing.identity.domain.PasswordHash;
import com.evently.ticketing.identity.domain.PasswordPolicy;
import com.evently.ticketing.identity.domain.PasswordResetIssued;
import com.evently.ticketing.identity.domain.PasswordResetToken;
import com.evently.ticketing.identity.domain.SecurityAction;
import com.evently.ticketing.identity.domain.SecurityEvent;
import com.evently.ticketing.identity.domain.User;
import com.evently.ticketing.platform.domain.Changed;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Forgotten passwords: a single-use, expiring token is e-mailed (through the outbox), then redeemed. */
public class RecoveringPassword {

    private final Users users;
    private final PasswordResetTokens resetTokens;
    private final RefreshTokens refreshTokens;
    private final PasswordHashing passwordHashing;
    private final PasswordPolicy passwordPolicy;
    private final IntegrationEvents integrationEvents;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration tokenLifetime;
    private final Duration minimumRequestDuration;

    /**
     * @param minimumRequestDuration every reset request takes at least this long, so the few milliseconds
     *                               spent storing a token for a known address do not tell it from an unknown one
     */
    public RecoveringPassword(Users users, PasswordResetTokens resetTokens, RefreshTokens refreshTokens,
                              PasswordHashing passwordHashing, PasswordPolicy passwordPolicy,
                              IntegrationEvents integrationEvents, Transactions transactions, Clock clock,
                              Duration tokenLifetime, Duration minimumRequestDuration) {
        this.users = users;
        this.resetTokens = resetTokens;
        this.refreshTokens = refreshTokens;
        this.passwordHashing = passwordHashing;
        this.passwordPolicy = passwordPolicy;
        this.integrationEvents = integrationEvents;
        this.transactions = transactions;
        this.clock = clock;
        this.tokenLifetime = tokenLifetime;
        this.minimumRequestDuration = minimumRequestDuration;
    }

    /**
     * Somebody who forgot their password asks for a reset link. The caller learns nothing about whether the
     * address has an account: the call returns normally, in about the same time, either way.
     */
    public void requestReset(RequestPasswordResetCommand command) {
        long startedAt = System.nanoTime();
        try {
            // a disabled account gets no link: a reset would not let it sign in anyway
            users.findByEmail(command.email()).filter(User::enabled)
                    .ifPresent(user -> issueResetToken(user, command));
        } finally {
            waitUntilElapsed(startedAt, minimumRequestDuration);
        }
    }

    private void issueResetToken(User user, RequestPasswordResetCommand command) {
        Instant now = clock.instant();
        Changed<PasswordResetToken, PasswordResetIssued> issued = PasswordResetToken.issueFor(user, now, tokenLifetime);
        transactions.inTransaction(() -> {
            resetTokens.add(issued.aggregate());
            integrationEvents.passwordResetIssued(issued.event());
            integrationEvents.securityEventRecorded(SecurityEvent.success(SecurityAction.PASSWORD_RESET_REQUESTED, now)
                    .concerning(user).from(command.clientAddress()));
        });
    }

    /**
     * @throws InvalidResetToken when the token is unknown, used, expired or its account disabled
     * @throws PasswordPolicyViolation when the new password is common or made of the e-mail or name
     */
    public void reset(ResetPasswordCommand command) {
        PasswordResetToken token = resetTokens.findByHash(command.token().hash())
                .filter(found -> found.isRedeemableAt(clock.instant()))
                .orElseThrow(InvalidResetToken::new);
        User user = users.findById(token.userId()).filter(User::enabled).orElseThrow(InvalidResetToken::new);
        passwordPolicy.check(command.newPassword(), user.email(), user.name());
        // hashed before the transaction opens: bcrypt is slow and must not hold a connection
        PasswordHash newHash = passwordHashing.hash(command.newPassword());
        transactions.inTransaction(() -> {
            Instant now = clock.instant();
            // checked again under the lock: of two redemptions racing each other, one finds the token used
            resetTokens.lockByHash(token.hash()).filter(locked -> locked.isRedeemableAt(now))
                    .orElseThrow(InvalidResetToken::new);
            User current = users.lockById(user.id()).filter(User::enabled).orElseThrow(InvalidResetToken::new);
            users.update(current.withPasswordHash(newHash));
            resetTokens.useUpAllOf(user.id(), now);
            refreshTokens.revokeAllOf(user.id(), now);
            integrationEvents.securityEventRecorded(SecurityEvent.success(SecurityAction.PASSWORD_RESET_COMPLETED, now)
                    .by(user.id()).concerning(current).from(command.clientAddress()));
        });
    }

    private static void waitUntilElapsed(long startedAt, Duration minimum) {
        long remainingNanos = minimum.toNanos() - (System.nanoTime() - startedAt);
        if (remainingNanos <= 0) {
            return;
        }
        try {
            Thread.sleep(Duration.ofNanos(remainingNanos));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
