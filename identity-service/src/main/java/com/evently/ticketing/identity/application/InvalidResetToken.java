package com.evently.ticketing.identity.application;

/** The password-reset token is unknown, used already or expired: the person has to request a new one. */
public class InvalidResetToken extends RuntimeException {

    public InvalidResetToken() {
        super("The password reset link is invalid or has expired; request a new one");
    }
}
