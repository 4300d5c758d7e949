package com.evently.ticketing.identity.application;

/** The current password given to authorise a change is not the account's password. */
public class WrongPassword extends RuntimeException {

    public WrongPassword() {
        super("The current password is wrong");
    }
}
