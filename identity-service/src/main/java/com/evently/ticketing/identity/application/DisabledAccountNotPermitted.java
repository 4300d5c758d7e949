package com.evently.ticketing.identity.application;

/** An administrator disabled the account: it can neither log in nor refresh tokens nor change itself. */
public class DisabledAccountNotPermitted extends RuntimeException {

    public DisabledAccountNotPermitted() {
        super("This account is disabled");
    }
}
