package com.evently.ticketing.identity.domain;

/** A chosen password does not meet the policy of {@link Password}; the message says which rule. */
public class PasswordPolicyViolation extends RuntimeException {

    public PasswordPolicyViolation(String rule) {
        super(rule);
    }
}
