package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.IntegrationEvents;
import com.evently.ticketing.identity.application.port.out.PasswordHashing;
import com.evently.ticketing.identity.application.port.out.Users;
import com.evently.ticketing.identity.domain.EmailAddress;
import com.evently.ticketing.identity.domain.Password;
import com.evently.ticketing.identity.domain.PasswordHash;
import com.evently.ticketing.identity.domain.SecurityAction;
import com.evently.ticketing.identity.domain.SecurityEvent;
import com.evently.ticketing.identity.domain.User;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A person proves who they are with e-mail and password and gets an access and a refresh token. Repeated
 * failures for one account or from one address lock further attempts for a while.
 */
public class LoggingIn {

    private final Users users;
    private final PasswordHashing passwordHashing;
    private final LoginThrottle throttle;
    private final TokenIssuer tokenIssuer;
    private final IntegrationEvents integrationEvents;
    private final Transactions transactions;
    private final Clock clock;
    /** Checked when the address has no account, so that failure costs the same bcrypt work as a wrong password. */
    private final PasswordHash decoyHash;

    public LoggingIn(Users users, PasswordHashing passwordHashing, LoginThrottle throttle, TokenIssuer tokenIssuer,
                     IntegrationEvents integrationEvents, Transactions transactions, Clock clock) {
        this.users = users;
        this.passwordHashing = passwordHashing;
        this.throttle = throttle;
        this.tokenIssuer = tokenIssuer;
        this.integrationEvents = integrationEvents;
        this.transactions = transactions;
        this.clock = clock;
        this.decoyHash = passwordHashing.hash(new Password(UUID.randomUUID().toString()));
    }

    /**
     * @throws InvalidCredentials for an unknown address or a wrong password alike
     * @throws DisabledAccountNotPermitted for the right password of a disabled account
     * @throws TooManyAttempts while the account or the client address is locked, whatever the password
     */
    public IssuedTokens logIn(LogInCommand command) {
        Instant now = clock.instant();
        Optional<User> user = EmailAddress.tryParse(command.email()).flatMap(users::findByEmail);

        // counted before the slow hash, so that parallel guesses cannot all pass a limit none has reached yet
        LoginThrottle.Admitted attempt = switch (throttle.admit(command.email(), command.clientAddress(), now)) {
            case LoginThrottle.Admitted admitted -> admitted;
            case LoginThrottle.Refused refused -> {
                // refused before the password is looked at: a right guess must not be distinguishable while locked
                transactions.inTransaction(() -> integrationEvents.securityEventRecorded(
                        failure(command, user, now).detail("refused unchecked: too many failed attempts")));
                throw new TooManyAttempts(refused.retryAfter());
            }
        };

        boolean passwordMatches = passwordHashing.matches(command.password(),
                user.map(User::passwordHash).orElse(decoyHash));
        if (user.isEmpty() || !passwordMatches) {
            // the attempt was counted when it was admitted
            transactions.inTransaction(() -> integrationEvents.securityEventRecorded(failure(command, user, now)
                    .detail(user.isEmpty() ? "no account has this e-mail address" : "wrong password")));
            throw new InvalidCredentials();
        }

        User authenticated = user.get();
        if (!authenticated.enabled()) {
            // told only to someone who knows the password, so it reveals nothing to a guesser
            transactions.inTransaction(() -> {
                throttle.recordSuccess(attempt, now);
                integrationEvents.securityEventRecorded(failure(command, user, now).detail("account disabled"));
            });
            throw new DisabledAccountNotPermitted();
        }
        return transactions.inTransaction(() -> {
            throttle.recordSuccess(attempt, now);
            integrationEvents.securityEventRecorded(SecurityEvent.success(SecurityAction.LOGIN_SUCCEEDED, now)
                    .by(authenticated.id()).concerning(authenticated).from(command.clientAddress()));
            return tokenIssuer.issueAtLogin(authenticated, now);
        });
    }

    private static SecurityEvent failure(LogInCommand command, Optional<User> user, Instant now) {
        SecurityEvent failure = SecurityEvent.failure(SecurityAction.LOGIN_FAILED, now).from(command.clientAddress());
        return user.map(failure::concerning).orElseGet(() -> failure.concerningAddress(command.email()));
    }
}
