package com.evently.ticketing.identity.application.port.in;

import com.evently.ticketing.identity.domain.EmailAddress;
import com.evently.ticketing.identity.domain.Password;

/**
 * Makes sure a fresh installation can be administered. The configured account is created as an ADMIN only
 * while no account is an administrator; an existing account with the configured address gets the role only
 * when it holds the configured password, so whoever registers that address later (after the administrator
 * moved to another one) gains nothing at the next start. Safe to run on every start and on several replicas
 * at once.
 */
public interface BootstrapAdministrator {

    Outcome ensureAdministrator(EmailAddress email, Password password);

    enum Outcome {
        /** No account had the address and none was an administrator: created with the given password. */
        CREATED,
        /** The account holding the address and the configured password lacked the ADMIN role and got it. */
        PROMOTED,
        /** The account holding the address and the configured password is an administrator already. */
        UNCHANGED,
        /** No account has the address, but another account is an administrator: nothing was created. */
        ADMINISTRATOR_EXISTS,
        /** An account has the address but not the configured password: it was left as it is. */
        PASSWORD_MISMATCH
    }
}
