package com.evently.ticketing.identity.domain;

/** An account with this address exists already: addresses are unique regardless of letter case. */
public class EmailTakenConflict extends RuntimeException {

    public EmailTakenConflict(EmailAddress email) {
        super("An account with the e-mail address " + email.value() + " already exists");
    }
}
