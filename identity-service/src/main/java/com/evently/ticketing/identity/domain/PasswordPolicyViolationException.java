package com.evently.ticketing.identity.domain;

/** A chosen password does not meet the policy of {@link Password}; the message says which rule. */
public class PasswordPolicyViolationException extends RuntimeException {

    public PasswordPolicyViolationException(String rule) {
        super(rule);
    }
}
