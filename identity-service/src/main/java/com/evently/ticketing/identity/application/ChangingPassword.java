package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.IntegrationEvents;
import com.evently.ticketing.identity.application.port.out.PasswordHashing;
import com.evently.ticketing.identity.application.port.out.RefreshTokens;
import com.evently.ticketing.identity.application.port.out.Users;
import com.evently.ticketing.identity.domain.PasswordHash;
import com.evently.ticketing.identity.domain.PasswordPolicy;
import com.evently.ticketing.identity.domain.SecurityAction;
import com.evently.ticketing.identity.domain.SecurityEvent;
import com.evently.ticketing.identity.domain.User;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.time.Instant;

/**
 * A signed-in user replaces their password, proving they know the current one (a token alone, perhaps left
 * on a shared computer, is not enough). Every refresh token of the account is revoked.
 */
public class ChangingPassword {

    private final Users users;
    private final PasswordHashing passwordHashing;
    private final PasswordPolicy passwordPolicy;
    private final RefreshTokens refreshTokens;
    private final IntegrationEvents integrationEvents;
    private final Transactions transactions;
    private final Clock clock;

    public ChangingPassword(Users users, PasswordHashing passwordHashing, PasswordPolicy passwordPolicy,
                            RefreshTokens refreshTokens, IntegrationEvents integrationEvents, Transactions transactions,
                            Clock clock) {
        this.users = users;
        this.passwordHashing = passwordHashing;
        this.passwordPolicy = passwordPolicy;
        this.refreshTokens = refreshTokens;
        this.integrationEvents = integrationEvents;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @throws WrongPassword when the current password is not the account's
     * @throws PasswordPolicyViolation when the new password is common or made of the e-mail or name
     * @throws DisabledAccountNotPermitted when the account was disabled after the token was issued
     */
    public void change(ChangePasswordCommand command) {
        User user = users.findById(command.userId()).orElseThrow(() -> new UserNotFound(command.userId()));
        if (!user.enabled()) {
            throw new DisabledAccountNotPermitted();
        }
        if (!passwordHashing.matches(command.currentPassword(), user.passwordHash())) {
            transactions.inTransaction(() -> integrationEvents.securityEventRecorded(
                    SecurityEvent.failure(SecurityAction.PASSWORD_CHANGED, clock.instant())
                            .by(user.id()).concerning(user).from(command.clientAddress())
                            .detail("wrong current password")));
            throw new WrongPassword();
        }
        passwordPolicy.check(command.newPassword(), user.email(), user.name());
        // hashed before the transaction opens: bcrypt is slow and must not hold a connection
        PasswordHash newHash = passwordHashing.hash(command.newPassword());
        transactions.inTransaction(() -> {
            Instant now = clock.instant();
            User current = users.lockById(user.id()).orElseThrow(() -> new UserNotFound(user.id()));
            users.update(current.withPasswordHash(newHash));
            // whoever may have learnt the old password may also hold a session: every device logs in again
            refreshTokens.revokeAllOf(user.id(), now);
            integrationEvents.securityEventRecorded(SecurityEvent.success(SecurityAction.PASSWORD_CHANGED, now)
                    .by(user.id()).concerning(current).from(command.clientAddress()));
        });
    }
}
