package com.evently.ticketing.identity.application.port.in;

import com.evently.ticketing.identity.domain.EmailAddress;
import com.evently.ticketing.identity.domain.Password;

/**
 * Makes sure a fresh installation can be administered: the configured account exists and is an ADMIN.
 * Safe to run on every start and on several replicas at once.
 */
public interface BootstrapAdministrator {

    Outcome ensureAdministrator(EmailAddress email, Password password);

    enum Outcome {
        /** The account did not exist and was created with the given password. */
        CREATED,
        /** The account existed without the ADMIN role and got it; its password was left alone. */
        PROMOTED,
        /** The account existed as an administrator already. */
        UNCHANGED
    }
}
