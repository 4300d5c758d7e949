package com.evently.ticketing.identity.application;

/**
 * An administrator tried to disable their own account or drop their own ADMIN role. Refused, so that the
 * last administrator cannot lock everyone out by accident; another administrator can do it.
 */
public class SelfLockoutConflict extends RuntimeException {

    public SelfLockoutConflict(String what) {
        super("Administrators cannot " + what + " themselves; ask another administrator");
    }
}
