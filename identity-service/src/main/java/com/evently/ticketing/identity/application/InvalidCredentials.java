package com.evently.ticketing.identity.application;

/**
 * The e-mail and password do not name an account. Deliberately does not say which part was wrong, so a
 * login attempt cannot tell whether an address has an account.
 */
public class InvalidCredentials extends RuntimeException {

    public InvalidCredentials() {
        super("The e-mail address or the password is wrong");
    }
}
