package com.evently.ticketing.identity.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * What login attempts are counted against: the account they tried (by the e-mail as typed, so unknown
 * addresses are throttled exactly like known ones and throttling reveals nothing), the client address they
 * came from (one source trying many accounts), or one account from one client address.
 */
public record LoginAttemptKey(Scope scope, String subject) {

    /** Longer input is cut: the key only has to tell attempts apart, not echo them. */
    public static final int MAX_SUBJECT_LENGTH = 320;
    /** An account's subject with the client address and its length in front of it. */
    public static final int MAX_PAIR_SUBJECT_LENGTH = MAX_SUBJECT_LENGTH + ClientAddress.MAX_LENGTH + 5;

    /** Declared in the order a login reserves its keys in, so that concurrent logins never wait on each other in a circle. */
    public enum Scope {
        ACCOUNT,
        ACCOUNT_AT_ADDRESS,
        CLIENT_ADDRESS
    }

    public LoginAttemptKey {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(subject, "subject");
    }

    public static LoginAttemptKey account(String typedEmail) {
        return new LoginAttemptKey(Scope.ACCOUNT, accountSubject(typedEmail));
    }

    public static LoginAttemptKey clientAddress(ClientAddress address) {
        return new LoginAttemptKey(Scope.CLIENT_ADDRESS, address.value());
    }

    /** The address's length leads, so that no address and account pair reads like another ("a b" + "c" vs "a" + "b c"). */
    public static LoginAttemptKey accountAtAddress(String typedEmail, ClientAddress address) {
        return new LoginAttemptKey(Scope.ACCOUNT_AT_ADDRESS,
                address.value().length() + ":" + address.value() + " " + accountSubject(typedEmail));
    }

    /** The account as login throttling knows it: the e-mail as typed, normalised when it parses as one. */
    public static String accountSubject(String typedEmail) {
        String normalised = EmailAddress.tryParse(typedEmail).map(EmailAddress::value)
                .orElseGet(() -> typedEmail.strip().toLowerCase(Locale.ROOT));
        return normalised.length() <= MAX_SUBJECT_LENGTH ? normalised : normalised.substring(0, MAX_SUBJECT_LENGTH);
    }
}
