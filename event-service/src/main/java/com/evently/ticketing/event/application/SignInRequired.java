package com.evently.ticketing.event.application;

/** What was asked depends on who asks, and the request carried no one: an anonymous call to a personal listing. */
public class SignInRequired extends RuntimeException {

    public SignInRequired(String what) {
        super("Sign in: " + what);
    }
}
