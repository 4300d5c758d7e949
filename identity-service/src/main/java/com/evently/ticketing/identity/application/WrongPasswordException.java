package com.evently.ticketing.identity.application;

/** The current password given to authorise a change is not the account's password. */
public class WrongPasswordException extends RuntimeException {

    public WrongPasswordException() {
        super("The current password is wrong");
    }
}
