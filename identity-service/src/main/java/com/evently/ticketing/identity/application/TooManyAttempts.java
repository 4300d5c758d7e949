package com.evently.ticketing.identity.application;

import java.time.Duration;

/** Too many failed logins for the account or from the client address: no attempt is checked until the lock ends. */
public class TooManyAttempts extends RuntimeException {

    private final Duration retryAfter;

    public TooManyAttempts(Duration retryAfter) {
        super("Too many failed login attempts; try again later");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
