package com.evently.ticketing.identity.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * What failed logins are counted against: the account they tried (by the e-mail as typed, so unknown
 * addresses are throttled exactly like known ones and throttling reveals nothing) or the client address
 * they came from (one source trying many accounts).
 */
public record LoginAttemptKey(Scope scope, String subject) {

    /** Longer input is cut: the key only has to tell attempts apart, not echo them. */
    public static final int MAX_SUBJECT_LENGTH = 320;

    public enum Scope {
        ACCOUNT,
        CLIENT_ADDRESS
    }

    public LoginAttemptKey {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(subject, "subject");
    }

    public static LoginAttemptKey account(String typedEmail) {
        String normalised = EmailAddress.tryParse(typedEmail).map(EmailAddress::value)
                .orElseGet(() -> typedEmail.strip().toLowerCase(Locale.ROOT));
        return new LoginAttemptKey(Scope.ACCOUNT, cut(normalised));
    }

    public static LoginAttemptKey clientAddress(ClientAddress address) {
        return new LoginAttemptKey(Scope.CLIENT_ADDRESS, address.value());
    }

    private static String cut(String text) {
        return text.length() <= MAX_SUBJECT_LENGTH ? text : text.substring(0, MAX_SUBJECT_LENGTH);
    }
}
