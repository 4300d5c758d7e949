package com.evently.ticketing.identity.application;

/** What ensuring the bootstrap administrator found and did. */
public enum AdministratorBootstrapOutcome {

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
