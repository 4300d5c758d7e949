package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.KnownLoginAddresses;
import com.evently.ticketing.identity.application.port.out.LoginFailures;
import com.evently.ticketing.identity.domain.ClientAddress;
import com.evently.ticketing.identity.domain.LoginAttemptKey;
import com.evently.ticketing.identity.domain.LoginThrottling;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * Applies the {@link LoginThrottling} policy to the attempt counts every replica shares. An attempt is admitted
 * and counted in one short transaction before its password is hashed, so that a burst of parallel guesses gets
 * no more checks than the limit; an attempt whose password proves right is given back afterwards.
 */
public class LoginThrottle {

    private static final Comparator<LoginAttemptKey> RESERVATION_ORDER =
            Comparator.comparing(LoginAttemptKey::scope).thenComparing(LoginAttemptKey::subject);

    private final LoginFailures loginFailures;
    private final KnownLoginAddresses knownAddresses;
    private final Transactions transactions;
    private final LoginThrottling policy;

    public LoginThrottle(LoginFailures loginFailures, KnownLoginAddresses knownAddresses, Transactions transactions,
                         LoginThrottling policy) {
        this.loginFailures = loginFailures;
        this.knownAddresses = knownAddresses;
        this.transactions = transactions;
        this.policy = policy;
    }

    /** What the throttle says to an attempt before its password is checked. */
    sealed interface Admission permits Admitted, Refused {
    }

    /** Counted against {@code reserved}; its password may be checked now. */
    record Admitted(String account, ClientAddress address, List<LoginAttemptKey> reserved) implements Admission {
    }

    /** Not counted, and its password must not be checked: one of its keys is locked for {@code retryAfter}. */
    record Refused(Duration retryAfter) implements Admission {
    }

    /**
     * Counts the attempt against each of its keys unless one of them is locked, in which case nothing is
     * counted. A key reaching its maximum is locked right away, for the attempts that come after this one.
     */
    Admission admit(String typedEmail, ClientAddress address, Instant now) {
        String account = LoginAttemptKey.accountSubject(typedEmail);
        try {
            return transactions.inTransaction(() -> {
                List<LoginAttemptKey> keys = keysOf(typedEmail, account, address, now);
                Instant forgetBefore = now.minus(policy.failureWindow());
                for (LoginAttemptKey key : keys) {
                    OptionalInt attempts = loginFailures.reserve(key, now, forgetBefore);
                    if (attempts.isEmpty()) {
                        Instant until = loginFailures.lockedUntil(keys, now).orElse(now);
                        // rolls back what this attempt counted so far
                        throw new RefusedAttempt(Duration.between(now, until));
                    }
                    policy.lockoutAfter(key.scope(), attempts.getAsInt())
                            .ifPresent(lockout -> loginFailures.lockUntil(key, now.plus(lockout)));
                }
                return new Admitted(account, address, keys);
            });
        } catch (RefusedAttempt refused) {
            return new Refused(refused.retryAfter);
        }
    }

    /**
     * The attempt proved the password: the account's count at this address starts over, this address becomes
     * known for the account, and the attempt is given back to the other counts. The account's own count is not
     * reset: it holds guesses from elsewhere, which one right password does not make less suspicious. In a
     * transaction.
     */
    void recordSuccess(Admitted attempt, Instant now) {
        for (LoginAttemptKey key : attempt.reserved()) {
            if (key.scope() == LoginAttemptKey.Scope.ACCOUNT_AT_ADDRESS) {
                loginFailures.clear(key);
            } else {
                loginFailures.giveBack(key);
            }
        }
        knownAddresses.remember(attempt.account(), attempt.address(), now);
    }

    /**
     * An address the account logged in from before answers only for its own attempts there; every other
     * address also counts against the account as a whole.
     */
    private List<LoginAttemptKey> keysOf(String typedEmail, String account, ClientAddress address, Instant now) {
        List<LoginAttemptKey> keys = new ArrayList<>(List.of(
                LoginAttemptKey.accountAtAddress(typedEmail, address), LoginAttemptKey.clientAddress(address)));
        if (!knownAddresses.isKnown(account, address, now.minus(policy.knownAddressRetention()))) {
            keys.add(LoginAttemptKey.account(typedEmail));
        }
        keys.sort(RESERVATION_ORDER);
        return List.copyOf(keys);
    }

    /** Carries a refusal out of the transaction, which it rolls back; no stack trace, it is no error. */
    private static final class RefusedAttempt extends RuntimeException {

        private final Duration retryAfter;

        RefusedAttempt(Duration retryAfter) {
            super(null, null, false, false);
            this.retryAfter = retryAfter;
        }
    }
}
