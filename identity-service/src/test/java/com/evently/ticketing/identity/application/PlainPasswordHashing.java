package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.PasswordHashing;
import com.evently.ticketing.identity.domain.Password;
import com.evently.ticketing.identity.domain.PasswordHash;

/** A reversible stand-in for bcrypt: fast tests need to tell a right password from a wrong one, not to be slow. */
final class PlainPasswordHashing implements PasswordHashing {

    private static final String PREFIX = "plain:";

    @Override
    public PasswordHash hash(Password password) {
        return new PasswordHash(PREFIX + password.value());
    }

    @Override
    public boolean matches(String candidate, PasswordHash hash) {
        return hash.encoded().equals(PREFIX + candidate);
    }
}
